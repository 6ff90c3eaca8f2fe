package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.Verdict;

/**
 * A program that finishes with the right output but past 1.5 x its time limit + 1 s of wall-clock time is
 * TIME_LIMIT_EXCEEDED, though it used almost no CPU; one that finishes within that allowance is judged.
 */
@Tag("docker")
class WallClockTest {

    @Test
    void sleepingPastTheAllowanceIsATimeLimitExceededAndWithinItIsJudged() {
        // 1000 ms limit: 2500 ms of wall clock allowed; the kill comes only at the 6000 ms wall-clock limit.
        Limits limits = new Limits(1000, 6000, 128, 64, 32);
        List<TestCase> tests = List.of(new TestCase("1", "", "done\n"));
        try (RunningNodeFixture node = new RunningNodeFixture()) {
            RunResult late = node.run(RunRequest.of("bash", "sleep 3.5\necho done\n").withLimits(limits).withTests(tests));
            RunResult inTime = node.run(RunRequest.of("bash", "sleep 1.2\necho done\n").withLimits(limits)
                    .withTests(tests));

            assertThat(late.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
            assertThat(late.tests().get(0).message()).contains("wall-clock time, more than the 2500 ms a 1000 ms");
            assertThat(late.tests().get(0).stdout()).isEqualTo("done\n");
            assertThat(inTime.verdict()).isEqualTo(Verdict.ACCEPTED);
        }
    }
}
