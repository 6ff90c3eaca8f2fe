package org.labjudge.app.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.GroupResult;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A scoring problem's judging, in a tab's run state: the student reads the total out of the most it could be, each
 * group's verdict, passed tests and score, each test's score, and the validator's feedback per test; a pass/fail
 * problem shows none of it, and the next judging starts without the last one's scores.
 */
class ScoresOfAJudgingTest {

    private static final TestCase SAMPLE = new TestCase("sample/1", "3\n3 2 1\n", "3\n");
    private static final TestCase SMALL_1 = new TestCase("secret/1-small/01", "2\n2 1\n", "1\n");
    private static final TestCase SMALL_2 = new TestCase("secret/1-small/02", "3\n1 3 2\n", "1\n");
    private static final TestCase LARGE = new TestCase("secret/2-large/01", "5\n5 4 3 2 1\n", "10\n");
    private static final Scoring SCORING = new Scoring(ScoreAggregation.SUM, List.of(
            new TestGroup("secret/1-small", List.of(SMALL_1.name(), SMALL_2.name()), ScoreAggregation.SUM, true,
                    15.0, 0.0, 30.0),
            new TestGroup("secret/2-large", List.of(LARGE.name()), ScoreAggregation.MIN, false, 70.0, 0.0, 70.0)));
    private static final RunRequest JUDGE = RunRequest.of("python", "print(0)")
            .withTests(List.of(SAMPLE, SMALL_1, SMALL_2, LARGE)).withScoring(SCORING);

    private static TestResult test(TestCase test, Verdict verdict, Double score, String feedback) {
        return new TestResult(test.name(), verdict, 0, null, "", "", 12, 15, 9100, false, null, feedback,
                "for the teacher only", score);
    }

    /** The small group solved, the large one too slow: 30 of 100. */
    private static RunResult partial() {
        List<TestResult> tests = List.of(test(SAMPLE, Verdict.ACCEPTED, null, "3 inversions: right"),
                test(SMALL_1, Verdict.ACCEPTED, 15.0, "1 inversion: right"),
                test(SMALL_2, Verdict.ACCEPTED, 15.0, null),
                test(LARGE, Verdict.TIME_LIMIT_EXCEEDED, 0.0, null));
        List<GroupResult> groups = List.of(new GroupResult("secret/1-small", Verdict.ACCEPTED, 30, 30, 2, 2),
                new GroupResult("secret/2-large", Verdict.TIME_LIMIT_EXCEEDED, 0, 70, 0, 1));
        return new RunResult("r", "lab-01", "python", Verdict.ACCEPTED, null, tests, null, 0, 40, 30.0, groups);
    }

    @Test
    void aScoredJudgingShowsTheTotalEachGroupsScoreAndEachTestsScore() {
        RunModel model = new RunModel();
        model.finished(RunKind.JUDGE, JUDGE, partial(), Set.of(SMALL_1.name(), SMALL_2.name(), LARGE.name()));

        assertThat(model.totalScoreProperty().get()).isEqualTo("Score: 30 / 100");
        assertThat(model.bannerProperty().get())
                .isEqualTo("ACCEPTED  \u2013  Score: 30 / 100  \u2013  3 of 4 tests passed  \u2013  on lab-01");
        assertThat(model.groups()).extracting(GroupScoreRow::name, r -> r.group().verdict(), GroupScoreRow::testsText,
                        GroupScoreRow::scoreText)
                .containsExactly(
                        tuple("secret/1-small", Verdict.ACCEPTED, "2 of 2 passed", "30 / 30"),
                        tuple("secret/2-large", Verdict.TIME_LIMIT_EXCEEDED, "0 of 1 passed",
                                "0 / 70"));
        assertThat(model.rows()).extracting(TestRow::scoreText).containsExactly("", "15", "15", "0");
    }

    @Test
    void eachTestsFeedbackIsShownOnItsRowAndTheJudgeMessageNever() {
        RunModel model = new RunModel();
        model.finished(RunKind.JUDGE, JUDGE, partial(), Set.of(SMALL_1.name(), SMALL_2.name(), LARGE.name()));

        assertThat(model.rows()).extracting(TestRow::feedbackLine)
                .containsExactly("3 inversions: right", "1 inversion: right", "", "");
        // A secret test keeps its data to itself, but the validator's feedback is written for the student.
        assertThat(model.rows().get(1).note()).isEqualTo("Feedback: 1 inversion: right");
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.note()).doesNotContain("for the teacher only"));
    }

    @Test
    void aFeedbackOfSeveralLinesIsOneLineInTheTable() {
        TestRow row = new TestRow(test(SAMPLE, Verdict.WRONG_ANSWER, null, "line 1: too few\n  line 2: missing\n"),
                SAMPLE, false);

        assertThat(row.feedbackLine()).isEqualTo("line 1: too few / line 2: missing");
    }

    @Test
    void aPassFailJudgingShowsNoScores() {
        RunModel model = new RunModel();
        RunRequest plain = RunRequest.of("python", "print(0)").withTests(List.of(SAMPLE));
        model.finished(RunKind.JUDGE, plain, new RunResult("r", "lab-01", "python", Verdict.ACCEPTED, null,
                List.of(test(SAMPLE, Verdict.ACCEPTED, null, null)), null, 0, 40), Set.of());

        assertThat(model.totalScoreProperty().get()).isNull();
        assertThat(model.groups()).isEmpty();
        assertThat(model.rows()).extracting(TestRow::scoreText).containsExactly("");
        assertThat(model.bannerProperty().get()).isEqualTo("ACCEPTED  \u2013  1 of 1 tests passed  \u2013  on lab-01");
    }

    @Test
    void theNextJudgingStartsWithoutTheLastOnesScores() {
        RunModel model = new RunModel();
        model.finished(RunKind.JUDGE, JUDGE, partial(), Set.of());

        model.started(RunKind.JUDGE, JUDGE, Set.of(), "Judging\u2026");
        assertThat(model.totalScoreProperty().get()).isNull();
        assertThat(model.groups()).isEmpty();

        model.finished(RunKind.JUDGE, JUDGE, partial(), Set.of());
        model.ended(RunKind.JUDGE, "Judging cancelled.");
        assertThat(model.totalScoreProperty().get()).isNull();
        assertThat(model.groups()).isEmpty();
    }
}
