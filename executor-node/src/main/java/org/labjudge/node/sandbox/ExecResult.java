package org.labjudge.node.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
  * What one execution did.
  *
  * @param exitCode exit status, or -1 when a signal ended it
  * @param signal number of the signal that ended it, 0 for none
  * @param cpuTimeUs CPU time used, in microseconds
  * @param wallTimeUs real time from start to the main process's end, in microseconds
  * @param maxRssKb peak resident memory of the main process (or its largest waited child)
  * @param flags limits hit and other observations
  * @param stdout captured standard output, at most the cap
  * @param stderr captured standard error, at most the cap
  * @param message the agent's explanation when the command could not start, else empty
  */
public record ExecResult(
        int exitCode,
        int signal,
        long cpuTimeUs,
        long wallTimeUs,
        long maxRssKb,
        Set<ExecFlag> flags,
        byte[] stdout,
        byte[] stderr,
        String message) {

    public ExecResult {
        flags = Set.copyOf(flags);
    }

    /** This result with {@code more} flags too. */
    public ExecResult withFlags(Set<ExecFlag> more) {
        java.util.EnumSet<ExecFlag> all = java.util.EnumSet.noneOf(ExecFlag.class);
        all.addAll(flags);
        all.addAll(more);
        return new ExecResult(exitCode, signal, cpuTimeUs, wallTimeUs, maxRssKb, all, stdout, stderr, message);
    }

    /** This result with the CPU time of the whole sandbox, as its cgroup counted it. */
    public ExecResult withCpuFromCgroup(long sandboxCpuUs) {
        return new ExecResult(exitCode, signal, sandboxCpuUs, wallTimeUs, maxRssKb, flags, stdout, stderr, message)
                .withFlags(Set.of(ExecFlag.CPU_FROM_CGROUP));
    }

    public boolean has(ExecFlag flag) {
        return flags.contains(flag);
    }

    public boolean exitedNormally() {
        return signal == 0 && exitCode == 0 && !has(ExecFlag.START_FAILED);
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    public long cpuTimeMs() {
        return cpuTimeUs / 1000;
    }

    public long wallTimeMs() {
        return wallTimeUs / 1000;
    }
}
