package org.labjudge.protocol;

/**
 * One line of a streamed run ({@code POST /api/v1/runs/stream}, newline-delimited JSON): a test's result as soon
 * as it is judged ({@code test}), or, as the last line, the whole {@link RunResult} ({@code result}), exactly
 * what {@code POST /api/v1/runs} answers. Exactly one of the two is set.
 */
public record RunEvent(TestResult test, RunResult result) {

    /** The media type of the stream: one {@code RunEvent} per line. */
    public static final String MEDIA_TYPE = "application/x-ndjson";

    public RunEvent {
        if ((test == null) == (result == null)) {
            throw new IllegalArgumentException("a run event has exactly one of test and result");
        }
    }

    public static RunEvent of(TestResult test) {
        return new RunEvent(test, null);
    }

    public static RunEvent of(RunResult result) {
        return new RunEvent(null, result);
    }

    /** Whether this is the last line, the whole result. */
    public boolean hasResult() {
        return result != null;
    }
}
