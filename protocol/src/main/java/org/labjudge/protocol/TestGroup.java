package org.labjudge.protocol;

import java.util.List;

/**
 * One scored group of a run's tests (a {@code data/secret/<group>} folder of a scoring problem), named by
 * {@code name}, holding the tests named in {@code tests}. An accepted test scores {@code acceptScore}
 * (default 1), any other {@code rejectScore} (default 0); the group's score is their {@code aggregation}
 * (default {@code sum}), at most {@code maxScore} when given. With {@code continueOnReject} false (the
 * format's {@code on_reject: break}, the default) the group's tests after its first failure are
 * {@link Verdict#SKIPPED} and score {@code rejectScore}.
 */
public record TestGroup(String name, List<String> tests, ScoreAggregation aggregation, Boolean continueOnReject,
                        Double acceptScore, Double rejectScore, Double maxScore) {

    public TestGroup {
        Checks.requiredText("groups[].name", name);
        tests = Checks.list("groups[].tests", tests);
        aggregation = aggregation == null ? ScoreAggregation.SUM : aggregation;
        continueOnReject = Boolean.TRUE.equals(continueOnReject);
        acceptScore = acceptScore == null ? 1.0 : acceptScore;
        rejectScore = rejectScore == null ? 0.0 : rejectScore;
    }

    /** The most the group can score: {@code maxScore} when given, else every test accepted. */
    public double possibleScore() {
        return maxScore != null ? maxScore : aggregation.apply(java.util.Collections.nCopies(tests.size(), acceptScore));
    }
}
