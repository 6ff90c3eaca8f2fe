package org.labjudge.protocol;

import java.util.List;

/**
 * A node's answer to a {@link RunRequest}: the overall verdict, the compilation (if the language
 * compiles), one result per test in request order, the limits actually applied (defaults filled in,
 * clamped to the node's maxima), and the time spent waiting in the queue and in total, in milliseconds.
 * {@code tests} left out is empty.
 */
public record RunResult(String id, String nodeId, String language, Verdict verdict, CompileResult compile,
                        List<TestResult> tests, Limits limits, long queueMs, long totalMs) {

    public RunResult {
        tests = Checks.list("tests", tests);
    }
}
