package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * How a scored group's verdict comes from its tests' verdicts: the legacy problem package format's default
 * grader modes, named as its {@code grader_flags} name them. A test that {@code on_reject: break} skipped
 * (SKIPPED, which only ever follows a failure) ranks after every failure, so it never decides a verdict that a
 * failure of the group decides.
 */
public enum VerdictAggregation {
    /** ACCEPTED when every test passed, else the verdict of the first test that did not. */
    FIRST_ERROR("first_error"),
    /**
     * ACCEPTED when every test passed, else the worst verdict among them, in the format's order: judge error,
     * run-time error, memory limit, time limit, output limit, wrong answer.
     */
    WORST_ERROR("worst_error"),
    /** Always ACCEPTED. */
    ALWAYS_ACCEPT("always_accept");

    // The format's order of severity (its IF, a failed input validation, has no LabJudge verdict).
    private static final List<Verdict> WORST_FIRST = List.of(Verdict.JUDGE_ERROR, Verdict.RUNTIME_ERROR,
            Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.TIME_LIMIT_EXCEEDED, Verdict.OUTPUT_LIMIT_EXCEEDED,
            Verdict.WRONG_ANSWER);

    private final String jsonName;

    VerdictAggregation(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** The mode named {@code name} (case ignored); an unknown name is a {@link ProtocolException}. */
    @JsonCreator
    public static VerdictAggregation fromJson(String name) {
        return WireNames.find(values(), VerdictAggregation::jsonName, name, "verdict aggregation");
    }

    /** The verdict of a group whose tests, in test order, went {@code verdicts}; ACCEPTED for none. */
    public Verdict apply(List<Verdict> verdicts) {
        List<Verdict> failed = verdicts.stream().filter(v -> !v.passed()).toList();
        if (this == ALWAYS_ACCEPT || failed.isEmpty()) {
            return Verdict.ACCEPTED;
        }
        if (this == FIRST_ERROR) {
            return failed.get(0);
        }
        // A verdict outside the format's list (none is expected here) ranks after wrong answer.
        return failed.stream().min((a, b) -> Integer.compare(rank(a), rank(b))).orElseThrow();
    }

    private static int rank(Verdict verdict) {
        int index = WORST_FIRST.indexOf(verdict);
        return index < 0 ? WORST_FIRST.size() : index;
    }
}
