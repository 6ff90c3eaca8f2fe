package org.labjudge.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a scoring problem's run is scored (the {@code "scoring"} of a {@link RunRequest}): its {@code groups},
 * and the {@code aggregation} of their scores into the run's total (default {@code sum}). Tests in no group
 * (the samples, say) are judged but not scored.
 */
public record Scoring(ScoreAggregation aggregation, List<TestGroup> groups) {

    public Scoring {
        aggregation = aggregation == null ? ScoreAggregation.SUM : aggregation;
        groups = Checks.list("scoring.groups", groups);
    }

    /** One message per name used twice or test in two groups; empty when none. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> tests = new HashSet<>();
        for (TestGroup group : groups) {
            if (!names.add(group.name())) {
                problems.add("scoring.groups: the name '" + group.name() + "' is used twice");
            }
            for (String test : group.tests()) {
                if (!tests.add(test)) {
                    problems.add("scoring.groups: test '" + test + "' is in two groups");
                }
            }
        }
        return List.copyOf(problems);
    }

    /** This scoring for a run of only {@code tests}: each group with only those of its tests, empty groups left out. */
    public Scoring restrictedTo(Set<String> tests) {
        List<TestGroup> kept = groups.stream()
                .map(g -> g.withTests(g.tests().stream().filter(tests::contains).toList()))
                .filter(g -> !g.tests().isEmpty())
                .toList();
        return new Scoring(aggregation, kept);
    }

    /** The most a run can score: the aggregation of every group's {@link TestGroup#possibleScore()}. */
    public double possibleScore() {
        return aggregation.apply(groups.stream().map(TestGroup::possibleScore).toList());
    }
}
