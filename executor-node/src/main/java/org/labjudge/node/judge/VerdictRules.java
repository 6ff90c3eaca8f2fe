package org.labjudge.node.judge;

import java.nio.charset.StandardCharsets;
import org.labjudge.node.language.Language;
import org.labjudge.node.sandbox.ExecFlag;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.Verdict;

/** Maps how an execution ended to a verdict: limits first, then crashes, then exit codes. */
final class VerdictRules {
    /** Without cgroup OOM counters, a SIGKILL at this share of the memory limit means OOM. */
    private static final double OOM_GUESS_SHARE = 0.9;
    /**
     * A runtime's own out-of-memory error counts as the memory limit only when the program's peak came this
     * close to it: the JVM's heap ends at 85% of the sandbox's memory (its run command's MaxRAMPercentage),
     * and the text alone proves nothing (a program may print it, or raise the error itself).
     */
    static final double MEMORY_EVIDENCE_SHARE = 0.75;
    static final long WALL_CLOCK_MARGIN_MS = 1000;

    /**
     * A run that ends by itself later than this, in wall-clock time, is TIME_LIMIT_EXCEEDED whatever its CPU
     * time: {@code timeLimit * 3 / 2 + 1000 ms} (a program sleeping 10 s under a 5 s limit, say). The margin
     * absorbs start-up and a loaded machine; the wall-clock limit still kills a run that never ends.
     */
    static long wallClockAllowanceMs(long timeLimitMs) {
        return timeLimitMs * 3 / 2 + WALL_CLOCK_MARGIN_MS;
    }

    /** What the C library says when a write finds the work dir or /tmp full. */
    private static final String DISK_FULL = "No space left on device";

    private VerdictRules() {}

    static ExecVerdict classify(ExecResult result, Limits limits, Language language) {
        return classify(result, limits, language, true);
    }

    /**
     * How a live console execution ended: the same rules, but for the wall-clock allowance of a batch run (a
     * console's wall clock is the time a person takes to type; its own limit, {@code limits.wallTimeMs}, stands).
     */
    static ExecVerdict classifyLive(ExecResult result, Limits limits, Language language) {
        return classify(result, limits, language, false);
    }

    /**
     * How a build step (compiler, syntax check) ended: the same rules, but held to its own wall-clock limit
     * ({@code compileLimits.wallTimeMs}), not to the batch allowance, which is for a program's time limit: from
     * the compile CPU limit it would stop builds before the admin's wall clock (23.5 s of the default 30 s) and
     * fail a correct Scala or Kotlin program on a loaded machine (seen in the soak at load 25 on 2 cores).
     */
    static ExecVerdict classifyBuild(ExecResult result, Limits limits, Language language) {
        return classify(result, limits, language, false);
    }

    private static ExecVerdict classify(ExecResult result, Limits limits, Language language, boolean wallAllowance) {
        if (result.has(ExecFlag.OUTPUT_LIMIT)) {
            return new ExecVerdict(Verdict.OUTPUT_LIMIT_EXCEEDED,
                    "output exceeded " + limits.outputKb() + " KB");
        }
        // A JVM refused a thread by the process limit says OutOfMemoryError too; that is not memory.
        boolean saysOutOfMemory = !result.exitedNormally() && !result.has(ExecFlag.PROCESS_LIMIT)
                && saysOutOfMemory(result, language);
        if (result.has(ExecFlag.OOM_KILLED) || killedNearMemoryLimit(result, limits)
                || (saysOutOfMemory && peakNear(result, limits, MEMORY_EVIDENCE_SHARE))) {
            // A sandbox that died with its agent says so (the output is lost): the user sees why it is empty.
            String why = result.message() == null || result.message().isEmpty() ? "" : " (" + result.message() + ")";
            return new ExecVerdict(Verdict.MEMORY_LIMIT_EXCEEDED,
                    "used more than " + limits.memoryMb() + " MB of memory" + why);
        }
        boolean outOfTime = result.has(ExecFlag.CPU_LIMIT) || result.signal() == Signals.SIGXCPU
                || result.cpuTimeMs() > limits.timeMs() || result.has(ExecFlag.WALL_LIMIT);
        if (outOfTime && peakNear(result, limits, 1.0)) {
            // At its memory limit a program's allocations make the kernel reclaim over and over, which it is
            // charged for: the time limit then ends a program whose real problem is memory (seen under load).
            return new ExecVerdict(Verdict.MEMORY_LIMIT_EXCEEDED, "reached its " + limits.memoryMb()
                    + " MB memory limit and then ran out of time while the kernel reclaimed memory for it");
        }
        if (result.has(ExecFlag.CPU_LIMIT) || result.signal() == Signals.SIGXCPU
                || result.cpuTimeMs() > limits.timeMs()) {
            return new ExecVerdict(Verdict.TIME_LIMIT_EXCEEDED,
                    "used more than " + limits.timeMs() + " ms of CPU time");
        }
        if (result.has(ExecFlag.WALL_LIMIT)) {
            return new ExecVerdict(Verdict.TIME_LIMIT_EXCEEDED,
                    "ran longer than " + limits.wallTimeMs() + " ms (wall clock)");
        }
        if (wallAllowance && result.wallTimeMs() > wallClockAllowanceMs(limits.timeMs())) {
            return new ExecVerdict(Verdict.TIME_LIMIT_EXCEEDED, "took " + result.wallTimeMs()
                    + " ms of wall-clock time, more than the " + wallClockAllowanceMs(limits.timeMs())
                    + " ms a " + limits.timeMs() + " ms time limit allows");
        }
        // Forks refused at the process cap fail the program only if it fails: a main process that
        // exits 0 is judged on its output, as other judges do (what it left behind is killed).
        if (result.has(ExecFlag.PROCESS_LIMIT) && !result.exitedNormally()) {
            return new ExecVerdict(Verdict.RUNTIME_ERROR,
                    "tried to run more than " + limits.processes() + " processes at once");
        }
        if (result.has(ExecFlag.PROCESS_LIMIT)) {
            return new ExecVerdict(null, "some forks failed: more than " + limits.processes()
                    + " processes at once are not allowed");
        }
        if (result.has(ExecFlag.START_FAILED)) {
            return new ExecVerdict(Verdict.RUNTIME_ERROR, result.message());
        }
        if (result.signal() != 0) {
            return new ExecVerdict(Verdict.RUNTIME_ERROR, Signals.explain(result.signal()));
        }
        if (saysOutOfMemory) {
            return new ExecVerdict(Verdict.RUNTIME_ERROR, "exit code " + result.exitCode()
                    + ": the program reported running out of memory, but its peak of " + result.maxRssKb() / 1024
                    + " MB never came near the " + limits.memoryMb() + " MB limit (a single allocation larger"
                    + " than the limit is refused at once, before any memory is used)");
        }
        if (result.exitCode() != 0) {
            // Say why when the sandbox's disk ran full: the bare exit code hides it.
            String full = new String(result.stderr(), StandardCharsets.UTF_8).contains(DISK_FULL)
                    ? ": out of disk space (the work dir and /tmp are small in-memory disks)" : "";
            return new ExecVerdict(Verdict.RUNTIME_ERROR, "exit code " + result.exitCode() + full);
        }
        return ExecVerdict.FINISHED;
    }

    private static boolean killedNearMemoryLimit(ExecResult result, Limits limits) {
        return result.signal() == Signals.SIGKILL
                && !result.has(ExecFlag.CPU_LIMIT) && !result.has(ExecFlag.WALL_LIMIT) && !result.has(ExecFlag.STOPPED)
                && peakNear(result, limits, OOM_GUESS_SHARE);
    }

    private static boolean peakNear(ExecResult result, Limits limits, double share) {
        return result.maxRssKb() >= share * limits.memoryMb() * 1024L;
    }

    private static boolean saysOutOfMemory(ExecResult result, Language language) {
        if (language.memoryErrorMarkers().isEmpty()) {
            return false;
        }
        String stderr = new String(result.stderr(), StandardCharsets.UTF_8);
        return language.memoryErrorMarkers().stream().anyMatch(stderr::contains);
    }
}
