package org.labjudge.protocol;

/**
 * The outcome of one test (or of the single run named {@code run} when the request had no tests).
 * {@code exitCode} is {@code null} when the program did not exit by itself; {@code signal} names the
 * signal that ended it ({@code "SIGKILL"}) or is {@code null}; {@code message} optionally explains the
 * verdict to a person (e.g. {@code "killed after 2000 ms of CPU time"}). Times are milliseconds.
 * With a custom output validator, {@code feedback} is its {@code teammessage.txt} (shown to the student) and
 * {@code judgeMessage} its {@code judgemessage.txt}, meant for the teacher only: a student-facing view must
 * not show it. Both are {@code null} when the validator wrote none. {@code score} is the test's score in a
 * scored run ({@code null} for a test in no group, and in a pass/fail run). {@code passes} is how many times
 * the program ran on this test of a multi-pass problem ({@code null} elsewhere). In an interactive problem the
 * program's stdout went to the validator, so {@code stdout} is empty; times, memory and the exit are the
 * program's own, from its last pass.
 */
public record TestResult(String name, Verdict verdict, Integer exitCode, String signal, String stdout, String stderr,
                         long timeMs, long wallTimeMs, long memoryKb, boolean outputTruncated, String message,
                         String feedback, String judgeMessage, Double score, Integer passes) {

    public TestResult(String name, Verdict verdict, Integer exitCode, String signal, String stdout, String stderr,
            long timeMs, long wallTimeMs, long memoryKb, boolean outputTruncated, String message, String feedback,
            String judgeMessage, Double score) {
        this(name, verdict, exitCode, signal, stdout, stderr, timeMs, wallTimeMs, memoryKb, outputTruncated, message,
                feedback, judgeMessage, score, null);
    }

    public TestResult(String name, Verdict verdict, Integer exitCode, String signal, String stdout, String stderr,
            long timeMs, long wallTimeMs, long memoryKb, boolean outputTruncated, String message, String feedback,
            String judgeMessage) {
        this(name, verdict, exitCode, signal, stdout, stderr, timeMs, wallTimeMs, memoryKb, outputTruncated, message,
                feedback, judgeMessage, null);
    }

    /** This result with {@code newScore}. */
    public TestResult withScore(Double newScore) {
        return new TestResult(name, verdict, exitCode, signal, stdout, stderr, timeMs, wallTimeMs, memoryKb,
                outputTruncated, message, feedback, judgeMessage, newScore, passes);
    }

    /** This result with {@code newPasses} (the passes a multi-pass test ran). */
    public TestResult withPasses(Integer newPasses) {
        return new TestResult(name, verdict, exitCode, signal, stdout, stderr, timeMs, wallTimeMs, memoryKb,
                outputTruncated, message, feedback, judgeMessage, score, newPasses);
    }

    public TestResult(String name, Verdict verdict, Integer exitCode, String signal, String stdout, String stderr,
            long timeMs, long wallTimeMs, long memoryKb, boolean outputTruncated, String message) {
        this(name, verdict, exitCode, signal, stdout, stderr, timeMs, wallTimeMs, memoryKb, outputTruncated, message,
                null, null, null);
    }

    /** A test that was not run: {@link Verdict#SKIPPED}, {@code message} saying why ({@code null}: no reason given). */
    public static TestResult skipped(String name, String message) {
        return new TestResult(name, Verdict.SKIPPED, null, null, "", "", 0, 0, 0, false, message);
    }

    /** Whether the verdict counts as success ({@link Verdict#passed()}). */
    public boolean passed() {
        return verdict != null && verdict.passed();
    }
}
