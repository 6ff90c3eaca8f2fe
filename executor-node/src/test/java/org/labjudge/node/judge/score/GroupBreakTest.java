package org.labjudge.node.judge.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.judge.WorkerFixture;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A scored run on a real node: after a failure, a group with {@code on_reject: break} skips its later tests
 * (they never run), one with {@code continue} runs them; the result carries every group's score and the total.
 */
@Tag("docker")
class GroupBreakTest {

    @Test
    void breakSkipsTheGroupsRestContinueRunsItAndScoresAreReported() {
        // Doubles n, except that it gets 3 wrong.
        String program = "n = int(input())\nprint(0 if n == 3 else 2 * n)\n";
        List<TestCase> tests = List.of(
                new TestCase("secret/a/1", "3\n", "6\n"), new TestCase("secret/a/2", "4\n", "8\n"),
                new TestCase("secret/b/1", "3\n", "6\n"), new TestCase("secret/b/2", "5\n", "10\n"));
        Scoring scoring = new Scoring(ScoreAggregation.SUM, List.of(
                new TestGroup("secret/a", List.of("secret/a/1", "secret/a/2"), ScoreAggregation.SUM, false, 10.0,
                        null, null),
                new TestGroup("secret/b", List.of("secret/b/1", "secret/b/2"), ScoreAggregation.SUM, true, 10.0,
                        null, null)));
        try (WorkerFixture fixture = new WorkerFixture("python")) {
            RunResult result = fixture.worker.run(RunRequest.of("python", program).withTests(tests)
                    .withScoring(scoring));

            assertThat(result.tests()).extracting(TestResult::verdict).containsExactly(Verdict.WRONG_ANSWER,
                    Verdict.SKIPPED, Verdict.WRONG_ANSWER, Verdict.ACCEPTED);
            assertThat(fixture.recording.commands).filteredOn(c -> c.startsWith("python3 -B ")).as("program runs, not the syntax check").hasSize(3);
            assertThat(result.groups()).extracting(g -> g.name() + "=" + g.score() + "/" + g.maxScore())
                    .containsExactly("secret/a=0.0/20.0", "secret/b=10.0/20.0");
            assertThat(result.score()).isEqualTo(10.0);
            assertThat(result.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        }
    }
}
