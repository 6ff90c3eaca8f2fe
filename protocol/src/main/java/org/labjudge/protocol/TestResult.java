package org.labjudge.protocol;

/**
 * The outcome of one test (or of the single run named {@code run} when the request had no tests).
 * {@code exitCode} is {@code null} when the program did not exit by itself; {@code signal} names the
 * signal that ended it ({@code "SIGKILL"}) or is {@code null}; {@code message} optionally explains the
 * verdict to a person (e.g. {@code "killed after 2000 ms of CPU time"}). Times are milliseconds.
 */
public record TestResult(String name, Verdict verdict, Integer exitCode, String signal, String stdout, String stderr,
                         long timeMs, long wallTimeMs, long memoryKb, boolean outputTruncated, String message) {

    /** Whether the verdict counts as success ({@link Verdict#passed()}). */
    public boolean passed() {
        return verdict != null && verdict.passed();
    }
}
