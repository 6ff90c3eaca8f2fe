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
}
