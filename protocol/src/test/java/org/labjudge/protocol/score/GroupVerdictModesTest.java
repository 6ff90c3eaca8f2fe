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
import org.labjudge.protocol.VerdictAggregation;

/** A group's verdict from its tests' verdicts by the legacy default grader's verdict modes. */
class GroupVerdictModesTest {

    // on_reject: continue ran every test: a wrong answer first, a run-time error later.
    private static final List<TestResult> RESULTS = List.of(
            result("secret/g/1", Verdict.ACCEPTED), result("secret/g/2", Verdict.WRONG_ANSWER),
            result("secret/g/3", Verdict.TIME_LIMIT_EXCEEDED), result("secret/g/4", Verdict.RUNTIME_ERROR));

    private static TestResult result(String name, Verdict verdict) {
        return new TestResult(name, verdict, 0, null, "", "", 1, 1, 1, false, null);
    }

    private static GroupResult group(VerdictAggregation mode, boolean acceptIfAny, List<TestResult> results) {
        TestGroup group = new TestGroup("secret/g", results.stream().map(TestResult::name).toList(),
                ScoreAggregation.SUM, true, 10.0, null, null, mode, acceptIfAny);
        return ScoreSheet.of(new Scoring(ScoreAggregation.SUM, List.of(group)), results, Verdict.WRONG_ANSWER)
                .groups().get(0);
    }

    @Test
    void firstErrorTakesTheFirstFailedTestsVerdict() {
        assertThat(group(VerdictAggregation.FIRST_ERROR, false, RESULTS).verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    }

    @Test
    void worstErrorTakesTheMostSevereVerdictInTheFormatsOrder() {
        assertThat(group(VerdictAggregation.WORST_ERROR, false, RESULTS).verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(VerdictAggregation.WORST_ERROR.apply(List.of(Verdict.WRONG_ANSWER, Verdict.OUTPUT_LIMIT_EXCEEDED,
                Verdict.TIME_LIMIT_EXCEEDED))).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(VerdictAggregation.WORST_ERROR.apply(List.of(Verdict.TIME_LIMIT_EXCEEDED,
                Verdict.MEMORY_LIMIT_EXCEEDED))).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(VerdictAggregation.WORST_ERROR.apply(List.of(Verdict.WRONG_ANSWER, Verdict.OUTPUT_LIMIT_EXCEEDED)))
                .isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
        assertThat(VerdictAggregation.WORST_ERROR.apply(List.of(Verdict.RUNTIME_ERROR, Verdict.JUDGE_ERROR)))
                .isEqualTo(Verdict.JUDGE_ERROR);
    }

    @Test
    void aTestSkippedAfterAFailureNeverDecidesTheWorstError() {
        List<TestResult> broken = List.of(result("secret/g/1", Verdict.WRONG_ANSWER),
                result("secret/g/2", Verdict.SKIPPED));

        assertThat(group(VerdictAggregation.WORST_ERROR, false, broken).verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    }

    @Test
    void everyModeAcceptsAGroupWhoseTestsAllPassed() {
        List<TestResult> passed = List.of(result("secret/g/1", Verdict.ACCEPTED), result("secret/g/2", Verdict.OK));

        for (VerdictAggregation mode : VerdictAggregation.values()) {
            assertThat(group(mode, false, passed).verdict()).as(mode.jsonName()).isEqualTo(Verdict.ACCEPTED);
        }
    }

    @Test
    void alwaysAcceptAcceptsTheGroupAndKeepsItsScore() {
        GroupResult result = group(VerdictAggregation.ALWAYS_ACCEPT, false, RESULTS);

        assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.score()).isEqualTo(10.0);
        assertThat(result.passed()).isEqualTo(1);
    }

    @Test
    void acceptIfAnyAcceptedAcceptsOnOnePassedTestElseFallsBackToTheMode() {
        List<TestResult> noneAccepted = List.of(result("secret/g/1", Verdict.WRONG_ANSWER),
                result("secret/g/2", Verdict.RUNTIME_ERROR));

        assertThat(group(VerdictAggregation.FIRST_ERROR, true, RESULTS).verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(group(VerdictAggregation.WORST_ERROR, true, noneAccepted).verdict())
                .isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(group(VerdictAggregation.FIRST_ERROR, true, noneAccepted).verdict())
                .isEqualTo(Verdict.WRONG_ANSWER);
    }
}
