package org.labjudge.protocol.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labjudge.protocol.GroupResult;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The scores of a judged run: each grouped test scores its group's accept or reject score (an accepted test
 * whose validator wrote a {@code score.txt} scores that instead), each group the aggregation of its tests'
 * scores (at most its maximum, when the group states one), the run the aggregation of its groups' scores. Each
 * group's verdict is its tests' by the group's verdict mode ({@link TestGroup#verdictOf}). A
 * scored run is ACCEPTED when any group is (a partial solution is accepted with a partial score, the format's
 * {@code accept_if_any_accepted} for {@code secret}), unless a judge error or a failed compilation says more.
 *
 * @param verdict the run's verdict
 * @param tests the run's test results, each grouped one with its score
 * @param score the run's total, {@code null} for an unscored run
 * @param groups each group's result, in the order the request gave them
 */
public record ScoreSheet(Verdict verdict, List<TestResult> tests, Double score, List<GroupResult> groups) {

    /** The sheet of {@code results}, whose pass/fail verdict is {@code overall}. */
    public static ScoreSheet of(Scoring scoring, List<TestResult> results, Verdict overall) {
        if (scoring == null || scoring.groups().isEmpty()) {
            return new ScoreSheet(overall, results.stream().map(r -> r.withScore(null)).toList(), null, List.of());
        }
        Map<String, TestGroup> groupOf = new HashMap<>();
        for (TestGroup group : scoring.groups()) {
            group.tests().forEach(test -> groupOf.put(test, group));
        }
        List<TestResult> scored = new ArrayList<>();
        Map<String, TestResult> byName = new HashMap<>();
        for (TestResult result : results) {
            TestGroup group = groupOf.get(result.name());
            TestResult withScore = result.withScore(group == null ? null
                    : result.verdict() != Verdict.ACCEPTED ? group.rejectScore()
                    : result.score() != null ? result.score() : group.acceptScore());
            scored.add(withScore);
            byName.put(result.name(), withScore);
        }
        List<GroupResult> groups = new ArrayList<>();
        List<Double> groupScores = new ArrayList<>();
        for (TestGroup group : scoring.groups()) {
            List<Double> scores = new ArrayList<>();
            List<Verdict> verdicts = new ArrayList<>();
            int passed = 0;
            for (String name : group.tests()) {
                TestResult test = byName.get(name);
                scores.add(test == null ? group.rejectScore() : test.score());
                verdicts.add(test == null ? Verdict.SKIPPED : test.verdict());
                if (test != null && test.passed()) {
                    passed++;
                }
            }
            Verdict verdict = group.verdictOf(verdicts);
            double max = group.possibleScore();
            // Only a stated maximum caps: without one, validator scores may pass what accept_score gives.
            double score = group.maxScore() != null ? Math.min(group.aggregation().apply(scores), max)
                    : group.aggregation().apply(scores);
            groups.add(new GroupResult(group.name(), verdict, score, max, passed, group.tests().size()));
            groupScores.add(score);
        }
        return new ScoreSheet(verdict(overall, results, groups), List.copyOf(scored),
                scoring.aggregation().apply(groupScores), List.copyOf(groups));
    }

    private static Verdict verdict(Verdict overall, List<TestResult> results, List<GroupResult> groups) {
        boolean judgeError = results.stream().anyMatch(t -> t.verdict() == Verdict.JUDGE_ERROR);
        if (judgeError || overall == Verdict.COMPILATION_ERROR || overall == Verdict.INTERNAL_ERROR) {
            return judgeError ? Verdict.JUDGE_ERROR : overall;
        }
        if (groups.stream().anyMatch(g -> g.verdict() == Verdict.ACCEPTED)) {
            return Verdict.ACCEPTED;
        }
        return groups.get(0).verdict();
    }
}
