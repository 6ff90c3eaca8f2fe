package org.labjudge.node.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.sandbox.ExecFlag;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.Verdict;

class VerdictRulesTest {
    private static final Limits LIMITS = new Limits(1000, 3000, 128, 64, 32);
    private static final Language BASH = LanguageTable.defaults().find("bash").orElseThrow();
    private static final Language JAVA = LanguageTable.defaults().find("java").orElseThrow();
    private static final Language PYTHON = LanguageTable.defaults().find("python").orElseThrow();
    private static final String PYTHON_MEMORY_ERROR = "Traceback (most recent call last):\n  File \"main.py\", line 1,"
            + " in <module>\nMemoryError\n";

    private static ExecResult result(int exitCode, int signal, Set<ExecFlag> flags, String stderr) {
        return new ExecResult(exitCode, signal, 5_000, 10_000, 3_000, flags, new byte[0],
                stderr.getBytes(StandardCharsets.UTF_8), "");
    }

    @Test
    void aMainProcessThatExitsCleanlyAfterForksFailedAtTheCapIsJudgedOnItsOutput() {
        ExecVerdict verdict = VerdictRules.classify(result(0, 0, Set.of(ExecFlag.PROCESS_LIMIT), ""), LIMITS, BASH);

        assertThat(verdict.finished()).isTrue();
        assertThat(verdict.message()).isEqualTo("some forks failed: more than 32 processes at once are not allowed");
    }

    @Test
    void aMainProcessThatFailsAfterForksFailedAtTheCapIsARuntimeError() {
        ExecVerdict verdict = VerdictRules.classify(result(2, 0, Set.of(ExecFlag.PROCESS_LIMIT), ""), LIMITS, BASH);

        assertThat(verdict.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(verdict.message()).isEqualTo("tried to run more than 32 processes at once");
    }

    @Test
    void aRunThatEndsPastTheWallClockAllowanceIsATimeLimitExceeded() {
        // 1000 ms limit: 1.5 x 1000 + 1000 = 2500 ms of wall clock allowed, whatever the CPU time.
        ExecResult slept = new ExecResult(0, 0, 5_000, 2_600_000, 3_000, Set.of(), new byte[0], new byte[0], "");
        ExecResult inTime = new ExecResult(0, 0, 5_000, 2_400_000, 3_000, Set.of(), new byte[0], new byte[0], "");

        ExecVerdict late = VerdictRules.classify(slept, LIMITS, BASH);

        assertThat(late.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(late.message()).isEqualTo("took 2600 ms of wall-clock time, more than the 2500 ms a 1000 ms time"
                + " limit allows");
        assertThat(VerdictRules.classify(inTime, LIMITS, BASH).finished()).isTrue();
    }

    @Test
    void aJvmRefusedAThreadByTheProcessLimitIsNotOutOfMemory() {
        String stderr = "java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory"
                + " or process/resource limits reached";
        ExecVerdict verdict = VerdictRules.classify(result(1, 0, Set.of(ExecFlag.PROCESS_LIMIT), stderr), LIMITS, JAVA);

        assertThat(verdict.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    }

    @Test
    void timeLimitsComeBeforeTheProcessLimit() {
        ExecVerdict verdict = VerdictRules.classify(
                result(-1, 9, Set.of(ExecFlag.PROCESS_LIMIT, ExecFlag.CPU_LIMIT), ""), LIMITS, BASH);

        assertThat(verdict.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
    }

    @Test
    void aFullDiskIsNamedInTheMessage() {
        ExecVerdict verdict = VerdictRules.classify(
                result(1, 0, Set.of(), "write: No space left on device\n"), LIMITS, BASH);

        assertThat(verdict.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(verdict.message()).startsWith("exit code 1: out of disk space");
    }

    private static ExecResult peaked(long maxRssKb, String stderr) {
        return new ExecResult(1, 0, 5_000, 10_000, maxRssKb, Set.of(), new byte[0],
                stderr.getBytes(StandardCharsets.UTF_8), "");
    }

    @Test
    void aMemoryErrorWithoutMemoryEvidenceIsARuntimeError() {
        // 128 MB limit; 20 MB used: the text alone, as a program may print it or raise it itself.
        ExecVerdict verdict = VerdictRules.classify(peaked(20 * 1024, PYTHON_MEMORY_ERROR), LIMITS, PYTHON);

        assertThat(verdict.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(verdict.message()).isEqualTo("exit code 1: the program reported running out of memory, but its"
                + " peak of 20 MB never came near the 128 MB limit (a single allocation larger than the limit is"
                + " refused at once, before any memory is used)");
    }

    @Test
    void aMemoryErrorWithThePeakNearTheLimitIsAMemoryLimitExceeded() {
        // 75% of 128 MB is 96 MB: a JVM whose heap (85% of the sandbox) ran full peaks above it.
        ExecVerdict verdict = VerdictRules.classify(peaked(110 * 1024,
                "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"), LIMITS, JAVA);

        assertThat(verdict.verdict()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(verdict.message()).isEqualTo("used more than 128 MB of memory");
        assertThat(VerdictRules.classify(peaked(95 * 1024, PYTHON_MEMORY_ERROR), LIMITS, PYTHON).verdict())
                .isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(VerdictRules.classify(peaked(97 * 1024, PYTHON_MEMORY_ERROR), LIMITS, PYTHON).verdict())
                .isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
    }

    @Test
    void anOomKillIsAMemoryLimitExceededWhateverThePeak() {
        ExecResult killed = new ExecResult(-1, 9, 5_000, 10_000, 1_000, Set.of(ExecFlag.OOM_KILLED), new byte[0],
                new byte[0], "");

        assertThat(VerdictRules.classify(killed, LIMITS, BASH).verdict()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
    }

    @Test
    void aSandboxKilledForMemoryWithItsAgentSaysTheOutputIsLost() {
        // DockerSandbox's result when the kernel took the agent too: the engine's OOM record, no output.
        ExecResult lost = new ExecResult(-1, 9, 0, 10_000, 0, Set.of(ExecFlag.OOM_KILLED), new byte[0], new byte[0],
                "the sandbox was killed for memory; the program's output is lost");

        ExecVerdict verdict = VerdictRules.classify(lost, LIMITS, BASH);

        assertThat(verdict.verdict()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(verdict.message()).isEqualTo("used more than " + LIMITS.memoryMb()
                + " MB of memory (the sandbox was killed for memory; the program's output is lost)");
    }

    @Test
    void aProgramOutOfTimeAtItsMemoryLimitIsAMemoryLimitExceeded() {
        // The TypeScript hog of LanguageMatrixTest under load: 3 s of CPU spent in reclaim at 273 MB of 256.
        Limits limits = new Limits(3000, 10000, 256, 64, 64);
        ExecResult atLimit = new ExecResult(-1, 9, 3_032_000, 5_731_000, 279_244, Set.of(ExecFlag.CPU_LIMIT),
                new byte[0], new byte[0], "");
        ExecResult belowLimit = new ExecResult(-1, 9, 3_032_000, 5_731_000, 250_000, Set.of(ExecFlag.CPU_LIMIT),
                new byte[0], new byte[0], "");

        assertThat(VerdictRules.classify(atLimit, limits, BASH).verdict()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(VerdictRules.classify(belowLimit, limits, BASH).verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
    }
}
