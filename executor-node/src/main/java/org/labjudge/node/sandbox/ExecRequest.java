package org.labjudge.node.sandbox;

import java.util.List;
import java.util.Objects;

/**
  * One command to execute inside a sandbox's work directory.
  *
  * @param command program and arguments; the program is looked up on the sandbox's PATH
  * @param environment the whole environment of the program, as {@code NAME=value} entries
  * @param stdin bytes fed to the program's standard input
  * @param cpuTimeMs CPU time of all its processes together before they are killed
  * @param wallTimeMs real time before they are killed
  * @param outputCapBytes cap of stdout and of stderr, each; past it the program is killed
  * @param fileSizeBytes largest file the program may write
  * @param addressSpaceBytes the program's address-space limit (RLIMIT_AS, each process), 0 for none: a front-end's
  *     own rule (Jobe's {@code memorylimit}); the sandbox's memory limit holds either way
  */
public record ExecRequest(
        List<String> command,
        List<String> environment,
        byte[] stdin,
        long cpuTimeMs,
        long wallTimeMs,
        int outputCapBytes,
        long fileSizeBytes,
        long addressSpaceBytes) {

    public ExecRequest {
        command = List.copyOf(command);
        environment = List.copyOf(environment);
        stdin = Objects.requireNonNullElse(stdin, new byte[0]);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        if (cpuTimeMs <= 0 || wallTimeMs <= 0 || outputCapBytes <= 0 || fileSizeBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (addressSpaceBytes < 0) {
            throw new IllegalArgumentException("addressSpaceBytes must be 0 (none) or positive");
        }
    }

    /** This command with another CPU limit. */
    public ExecRequest withCpuTimeMs(long cpuMs) {
        return new ExecRequest(command, environment, stdin, cpuMs, wallTimeMs, outputCapBytes, fileSizeBytes,
                addressSpaceBytes);
    }

    /** A command without an address-space limit of its own. */
    public ExecRequest(List<String> command, List<String> environment, byte[] stdin, long cpuTimeMs, long wallTimeMs,
            int outputCapBytes, long fileSizeBytes) {
        this(command, environment, stdin, cpuTimeMs, wallTimeMs, outputCapBytes, fileSizeBytes, 0);
    }
}
