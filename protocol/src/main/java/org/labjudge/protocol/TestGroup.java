package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One scored group of a run's tests (a {@code data/secret/<group>} folder of a scoring problem), named by
 * {@code name}, holding the tests named in {@code tests}. An accepted test scores {@code acceptScore}
 * (default 1), any other {@code rejectScore} (default 0); the group's score is their {@code aggregation}
 * (default {@code sum}), at most {@code maxScore} when given. With {@code continueOnReject} false (the
 * format's {@code on_reject: break}, the default) the group's tests after its first failure are
 * {@link Verdict#SKIPPED} and score {@code rejectScore}. The group's verdict is its tests' verdicts by
 * {@code verdictAggregation} (default {@code first_error}), ACCEPTED when any test passed if
 * {@code acceptIfAnyAccepted} (not written when false). Older nodes ignore both and take the first failure.
 */
public record TestGroup(String name, List<String> tests, ScoreAggregation aggregation, Boolean continueOnReject,
                        Double acceptScore, Double rejectScore, Double maxScore,
                        VerdictAggregation verdictAggregation,
                        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean acceptIfAnyAccepted) {

    public TestGroup {
        Checks.requiredText("groups[].name", name);
        tests = Checks.list("groups[].tests", tests);
        aggregation = aggregation == null ? ScoreAggregation.SUM : aggregation;
        continueOnReject = Boolean.TRUE.equals(continueOnReject);
        acceptScore = acceptScore == null ? 1.0 : acceptScore;
        rejectScore = rejectScore == null ? 0.0 : rejectScore;
        verdictAggregation = verdictAggregation == null ? VerdictAggregation.FIRST_ERROR : verdictAggregation;
    }

    /** A group whose verdict is its first failed test's (the fields before the verdict modes). */
    public TestGroup(String name, List<String> tests, ScoreAggregation aggregation, Boolean continueOnReject,
                     Double acceptScore, Double rejectScore, Double maxScore) {
        this(name, tests, aggregation, continueOnReject, acceptScore, rejectScore, maxScore, null, false);
    }

    /** This group's verdict when its tests, in test order, went {@code verdicts}. */
    public Verdict verdictOf(List<Verdict> verdicts) {
        return acceptIfAnyAccepted && verdicts.stream().anyMatch(Verdict::passed) ? Verdict.ACCEPTED
                : verdictAggregation.apply(verdicts);
    }

    /** This group with only {@code kept} as its tests. */
    public TestGroup withTests(List<String> kept) {
        return new TestGroup(name, kept, aggregation, continueOnReject, acceptScore, rejectScore, maxScore,
                verdictAggregation, acceptIfAnyAccepted);
    }

    /** The most the group can score: {@code maxScore} when given, else every test accepted. */
    public double possibleScore() {
        return maxScore != null ? maxScore : aggregation.apply(java.util.Collections.nCopies(tests.size(), acceptScore));
    }
}
