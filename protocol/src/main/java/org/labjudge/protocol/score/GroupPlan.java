package org.labjudge.protocol.score;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.TestResult;

/**
 * Which tests a scored run still runs: once a test of a group with {@code on_reject: break} fails, the
 * group's later tests are skipped. One plan serves one run, in test order.
 */
public final class GroupPlan {
    /** The message of a test this plan skips. */
    public static final String SKIPPED_MESSAGE = "skipped: an earlier test of its group failed (on_reject: break)";

    private final Map<String, TestGroup> groupOf = new HashMap<>();
    private final Set<String> broken = new HashSet<>();

    /** The plan of a run scored by {@code scoring} ({@code null}: nothing is skipped). */
    public GroupPlan(Scoring scoring) {
        if (scoring != null) {
            for (TestGroup group : scoring.groups()) {
                group.tests().forEach(test -> groupOf.put(test, group));
            }
        }
    }

    /** Whether {@code test} is skipped because an earlier test of its group failed. */
    public boolean skips(TestCase test) {
        TestGroup group = groupOf.get(test.name());
        return group != null && broken.contains(group.name());
    }

    /** Notes how {@code test} went. */
    public void record(TestCase test, TestResult result) {
        TestGroup group = groupOf.get(test.name());
        if (group != null && !result.passed() && !group.continueOnReject()) {
            broken.add(group.name());
        }
    }
}
