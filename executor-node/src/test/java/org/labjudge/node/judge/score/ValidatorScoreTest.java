package org.labjudge.node.judge.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.judge.WorkerFixture;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.ValidatorSpec;
import org.labjudge.protocol.Verdict;

/**
 * A scoring problem's custom validator scores an accepted test through {@code score.txt} in its feedback
 * directory (the format's score file), in place of the group's accept score; one that is not a number is the
 * validator's fault, a judge error.
 */
@Tag("docker")
class ValidatorScoreTest {
    private static final List<TestCase> TESTS = List.of(
            new TestCase("secret/g/1", "1\n", "1\n"), new TestCase("secret/g/2", "2\n", "2\n"),
            new TestCase("secret/g/3", "3\n", "3\n"));
    private static final Scoring SCORING = new Scoring(ScoreAggregation.SUM, List.of(
            new TestGroup("secret/g", List.of("secret/g/1", "secret/g/2", "secret/g/3"), ScoreAggregation.SUM, true,
                    10.0, null, null)));
    private static WorkerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new WorkerFixture("python");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static RunResult judge(String validator) {
        return fixture.worker.run(RunRequest.of("python", "print(input())\n").withTests(TESTS)
                .withValidator(new ValidatorSpec("python", List.of(new SourceFile("v.py", validator)), null))
                .withScoring(SCORING));
    }

    @Test
    void anAcceptedTestScoresWhatTheValidatorWroteAndOneWithoutScoreTxtTheAcceptScore() {
        // Scores 2.5 times the input, except for input 3, where it writes no score file.
        RunResult result = judge("""
                import sys
                n = int(open(sys.argv[1]).read())
                if n != 3:
                    open(sys.argv[3] + 'score.txt', 'w').write(str(2.5 * n) + '\\n')
                sys.exit(42)
                """);

        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.ACCEPTED);
        assertThat(result.tests()).extracting(TestResult::score).containsExactly(2.5, 5.0, 10.0);
        assertThat(result.groups()).singleElement().satisfies(g -> assertThat(g.score()).isEqualTo(17.5));
        assertThat(result.score()).isEqualTo(17.5);
    }

    @Test
    void aScoreTxtThatIsNotANumberIsAJudgeError() {
        RunResult result = judge("""
                import sys
                open(sys.argv[3] + 'score.txt', 'w').write('lots\\n')
                sys.exit(42)
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(result.tests().get(0).verdict()).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(result.tests().get(0).judgeMessage()).contains("score.txt is not a number: 'lots'");
    }
}
