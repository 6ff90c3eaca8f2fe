package org.labjudge.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.VerdictAggregation;

/**
 * The scored groups of a scoring problem: each folder directly in {@code data/secret} is one (named
 * {@code secret/<folder>}, holding every test below it), and tests lying directly in {@code data/secret} form
 * the group {@code secret}. Each group takes its folder's {@link GroupConfig}; the total is the aggregation
 * {@code data/secret}'s configuration gives. Samples are judged but not scored. Without an aggregation the
 * legacy format sums; the 2023-07 draft takes the minimum within a group and sums the groups. Without a verdict
 * mode a legacy group takes the default grader's worst error, a 2023-07 group its first.
 */
final class TestGroups {

    private TestGroups() {
    }

    static Scoring scoring(List<TestCase> secret, GroupConfig.Reader configs, boolean legacy)
            throws ProblemPackageException {
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (TestCase test : secret) {
            String[] parts = test.name().split("/");
            String group = parts.length > 2 ? parts[0] + "/" + parts[1] : parts[0];
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(test.name());
        }
        List<TestGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : byGroup.entrySet()) {
            GroupConfig config = configs.of(entry.getKey());
            ScoreAggregation aggregation = config.aggregation() != null ? config.aggregation()
                    : legacy || entry.getKey().equals("secret") ? ScoreAggregation.SUM : ScoreAggregation.MIN;
            VerdictAggregation verdicts = config.verdictAggregation() != null ? config.verdictAggregation()
                    : legacy ? VerdictAggregation.WORST_ERROR : VerdictAggregation.FIRST_ERROR;
            groups.add(new TestGroup(entry.getKey(), entry.getValue(), aggregation, config.continueOnReject(),
                    config.acceptScore(), config.rejectScore(), config.maxScore(), verdicts,
                    Boolean.TRUE.equals(config.acceptIfAnyAccepted())));
        }
        ScoreAggregation total = configs.of("secret").aggregation();
        return new Scoring(total == null ? ScoreAggregation.SUM : total, groups);
    }
}
