package org.labjudge.node.judge;

import java.util.List;
import org.labjudge.node.language.Language;
import org.labjudge.node.sandbox.SandboxRuntime;
import org.labjudge.node.sandbox.SandboxSpec;
import org.labjudge.protocol.Limits;

/**
 * How the judge uses sandboxes, beyond a request's own limits.
 *
 * @param compileLimits limits of the compile step (its own, not the program's)
 * @param fileSizeMb largest file a program may write
 * @param workDirMb size of the work directory
 * @param tmpDirMb size of /tmp
 * @param cpusPerSandbox CPU cores one sandbox may use at once
 * @param baseEnvironment environment of every command, before the language's additions
 * @param imagePrefix runtime image repository prefix, e.g. {@code labjudge/}
 * @param imageTag runtime image tag, e.g. {@code current}
 * @param limitsChangeable whether a sandbox's limits can be changed once it runs (not under gVisor): when not,
 *        a compiled language compiles with the program's own limits instead of the compiler's
 * @param sandboxesLinkable whether two sandboxes can share a {@link org.labjudge.node.sandbox.PipeLink}'s pipes, as an
 *        interactive problem's program and validator do (not under gVisor): when not, such a run is refused
 */
public record JudgeSettings(
        Limits compileLimits,
        int fileSizeMb,
        int workDirMb,
        int tmpDirMb,
        double cpusPerSandbox,
        List<String> baseEnvironment,
        String imagePrefix,
        String imageTag,
        boolean limitsChangeable,
        boolean sandboxesLinkable) {

    public static final List<String> BASE_ENVIRONMENT = List.of(
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME=/tmp",
            "TMPDIR=/tmp",
            "LANG=C.UTF-8",
            "LC_ALL=C.UTF-8");

    /** The problem package format's typical validation output limit, 8 MiB. */
    public static final int VALIDATION_OUTPUT_KB = 8 * 1024;

    public JudgeSettings {
        baseEnvironment = List.copyOf(baseEnvironment);
        if (!compileLimits.complete()) {
            throw new IllegalArgumentException("compile limits must give every value");
        }
    }

    /** Limits of the compile step: a compiler needs more than the program it makes. */
    public static final Limits COMPILE_LIMITS = new Limits(15_000, 30_000, 1024, 64, 256);

    /** The built-in settings with the runtime images taken from {@code prefix} and {@code tag} (the node's config). */
    public static JudgeSettings forImages(String prefix, String tag) {
        return new JudgeSettings(COMPILE_LIMITS, 64, 64, 64, 1.0, BASE_ENVIRONMENT, prefix, tag, true, true);
    }

    /** These settings for sandboxes under {@code runtime}: what it allows of changing limits and linking sandboxes. */
    public JudgeSettings withRuntime(SandboxRuntime runtime) {
        return new JudgeSettings(compileLimits, fileSizeMb, workDirMb, tmpDirMb, cpusPerSandbox, baseEnvironment,
                imagePrefix, imageTag, runtime.updatable(), runtime.linksSandboxes());
    }

    /**
     * The sandbox a run of {@code language} with {@code runLimits} starts in: a compiled
     * language starts with the compiler's limits (lowered to the program's after compiling).
     */
    public SandboxSpec startSpec(Language language, Limits runLimits) {
        int memoryMb = runLimits.memoryMb();
        int processes = runLimits.processes();
        if (language.compiled() && limitsChangeable) {
            memoryMb = Math.max(memoryMb, compileLimits.memoryMb());
            processes = Math.max(processes, compileLimits.processes());
        }
        return new SandboxSpec(image(language.imageName()), memoryMb, processes, cpusPerSandbox, workDirMb, tmpDirMb);
    }

    /**
     * The most a custom output validator gets per test, and what it gets when its package states no limit:
     * the compile limits, with the format's typical 8 MiB of validation output.
     */
    public Limits validationLimits() {
        return new Limits(compileLimits.timeMs(), compileLimits.wallTimeMs(), compileLimits.memoryMb(),
                VALIDATION_OUTPUT_KB, compileLimits.processes());
    }

    /** The image of a language's runtime, e.g. {@code labjudge/python:current}. */
    public String image(String imageName) {
        return imagePrefix + imageName + ":" + imageTag;
    }
}
