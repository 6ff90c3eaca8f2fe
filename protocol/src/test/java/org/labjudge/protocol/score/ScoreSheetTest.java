package org.labjudge.protocol.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.GroupResult;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** Group and total scores from test verdicts, as the format's default grader computes them. */
class ScoreSheetTest {

    private static TestResult result(String name, Verdict verdict) {
        return new TestResult(name, verdict, 0, null, "", "", 1, 1, 1, false, null);
    }

    private static final List<TestResult> RESULTS = List.of(
            result("sample/1", Verdict.WRONG_ANSWER),
            result("secret/small/1", Verdict.ACCEPTED), result("secret/small/2", Verdict.ACCEPTED),
            result("secret/large/1", Verdict.ACCEPTED), result("secret/large/2", Verdict.TIME_LIMIT_EXCEEDED),
            result("secret/large/3", Verdict.SKIPPED));

    @Test
    void eachGroupSumsItsTestsScoresAndTheTotalSumsTheGroups() {
        Scoring scoring = new Scoring(ScoreAggregation.SUM, List.of(
                new TestGroup("secret/small", List.of("secret/small/1", "secret/small/2"), ScoreAggregation.SUM,
                        null, 20.0, null, null),
                new TestGroup("secret/large", List.of("secret/large/1", "secret/large/2", "secret/large/3"),
                        ScoreAggregation.SUM, null, 20.0, null, null)));

        ScoreSheet sheet = ScoreSheet.of(scoring, RESULTS, Verdict.WRONG_ANSWER);

        assertThat(sheet.groups()).containsExactly(
                new GroupResult("secret/small", Verdict.ACCEPTED, 40, 40, 2, 2),
                new GroupResult("secret/large", Verdict.TIME_LIMIT_EXCEEDED, 20, 60, 1, 3));
        assertThat(sheet.score()).isEqualTo(60.0);
        assertThat(sheet.tests()).extracting(TestResult::score).containsExactly(null, 20.0, 20.0, 20.0, 0.0, 0.0);
        // A partial solution is accepted with its partial score (any group accepted).
        assertThat(sheet.verdict()).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void minAggregationGivesAGroupAllOrNothingAndTheMaximumCaps() {
        Scoring scoring = new Scoring(ScoreAggregation.SUM, List.of(
                new TestGroup("secret/small", List.of("secret/small/1", "secret/small/2"), ScoreAggregation.MIN,
                        null, 30.0, null, 25.0),
                new TestGroup("secret/large", List.of("secret/large/1", "secret/large/2", "secret/large/3"),
                        ScoreAggregation.MIN, null, 70.0, null, null)));

        ScoreSheet sheet = ScoreSheet.of(scoring, RESULTS, Verdict.WRONG_ANSWER);

        assertThat(sheet.groups()).extracting(GroupResult::score).containsExactly(25.0, 0.0);
        assertThat(sheet.groups()).extracting(GroupResult::maxScore).containsExactly(25.0, 70.0);
        assertThat(sheet.score()).isEqualTo(25.0);
    }

    @Test
    void noGroupAcceptedKeepsTheFirstGroupsVerdictAndAJudgeErrorWins() {
        Scoring scoring = new Scoring(ScoreAggregation.SUM, List.of(
                new TestGroup("secret/large", List.of("secret/large/1", "secret/large/2"), ScoreAggregation.SUM,
                        null, null, null, null)));
        List<TestResult> judgeError = List.of(result("secret/large/1", Verdict.JUDGE_ERROR),
                result("secret/large/2", Verdict.ACCEPTED));

        assertThat(ScoreSheet.of(scoring, RESULTS, Verdict.WRONG_ANSWER).verdict())
                .isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(ScoreSheet.of(scoring, judgeError, Verdict.JUDGE_ERROR).verdict()).isEqualTo(Verdict.JUDGE_ERROR);
    }

    @Test
    void anAcceptedTestScoresWhatItsValidatorWroteInScoreTxtAndOnlyAStatedMaximumCaps() {
        Scoring scoring = new Scoring(ScoreAggregation.SUM, List.of(
                new TestGroup("secret/small", List.of("secret/small/1", "secret/small/2"), ScoreAggregation.SUM,
                        true, 10.0, null, null),
                new TestGroup("secret/large", List.of("secret/large/1", "secret/large/2"), ScoreAggregation.SUM,
                        true, 10.0, null, 30.0)));
        List<TestResult> results = List.of(
                result("sample/1", Verdict.ACCEPTED).withScore(5.0),
                result("secret/small/1", Verdict.ACCEPTED).withScore(12.5),
                result("secret/small/2", Verdict.ACCEPTED),
                result("secret/large/1", Verdict.ACCEPTED).withScore(25.0),
                // A rejected test scores the reject score, whatever its validator wrote.
                result("secret/large/2", Verdict.WRONG_ANSWER).withScore(25.0));

        ScoreSheet sheet = ScoreSheet.of(scoring, results, Verdict.WRONG_ANSWER);

        assertThat(sheet.tests()).extracting(TestResult::score).containsExactly(null, 12.5, 10.0, 25.0, 0.0);
        assertThat(sheet.groups()).extracting(GroupResult::score).containsExactly(22.5, 25.0);
        assertThat(sheet.score()).isEqualTo(47.5);

        ScoreSheet capped = ScoreSheet.of(scoring, List.of(result("secret/large/1", Verdict.ACCEPTED).withScore(25.0),
                result("secret/large/2", Verdict.ACCEPTED).withScore(25.0)), Verdict.ACCEPTED);
        assertThat(capped.groups().get(1).score()).isEqualTo(30.0);
    }

    @Test
    void anUnscoredRunKeepsItsVerdictAndHasNoScore() {
        ScoreSheet sheet = ScoreSheet.of(null, RESULTS, Verdict.WRONG_ANSWER);

        assertThat(sheet.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(sheet.score()).isNull();
        assertThat(sheet.groups()).isEmpty();
        assertThat(ScoreSheet.of(null, List.of(result("a", Verdict.ACCEPTED).withScore(3.0)), Verdict.ACCEPTED)
                .tests()).extracting(TestResult::score).containsOnlyNulls();
    }
}
