package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A node's answer to a {@link RunRequest}: the overall verdict, the compilation (if the language
 * compiles), one result per test in request order, the limits actually applied (defaults filled in,
 * clamped to the node's maxima), and the time spent waiting in the queue and in total, in milliseconds.
 * {@code tests} left out is empty. A scored run (its request had {@code scoring}) carries the {@code score} of
 * the run and each group's result in {@code groups}; otherwise {@code score} is {@code null} and {@code groups}
 * empty (and not written).
 */
public record RunResult(String id, String nodeId, String language, Verdict verdict, CompileResult compile,
                        List<TestResult> tests, Limits limits, long queueMs, long totalMs, Double score,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<GroupResult> groups) {

    public RunResult {
        tests = Checks.list("tests", tests);
        groups = Checks.list("groups", groups);
    }

    /** An unscored result (the fields of protocol v1 before scoring). */
    public RunResult(String id, String nodeId, String language, Verdict verdict, CompileResult compile,
            List<TestResult> tests, Limits limits, long queueMs, long totalMs) {
        this(id, nodeId, language, verdict, compile, tests, limits, queueMs, totalMs, null, null);
    }
}
