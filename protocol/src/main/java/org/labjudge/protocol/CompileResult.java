package org.labjudge.protocol;

/**
 * The outcome of compiling a run's source (done once per request). {@code verdict} is {@link Verdict#OK}
 * when the compiler succeeded, {@link Verdict#COMPILATION_ERROR} when it failed, or a limit verdict
 * ({@link Verdict#TIME_LIMIT_EXCEEDED}, ...) when the compiler itself hit one. Times are milliseconds;
 * {@code memoryKb} is the compiler's peak memory as the sandbox measured it (0 when not measured: an answer
 * of a node from before the field).
 */
public record CompileResult(int exitCode, String stdout, String stderr, long timeMs, long wallTimeMs,
                            boolean outputTruncated, Verdict verdict, long memoryKb) {

    /** A result without a measured peak memory. */
    public CompileResult(int exitCode, String stdout, String stderr, long timeMs, long wallTimeMs,
            boolean outputTruncated, Verdict verdict) {
        this(exitCode, stdout, stderr, timeMs, wallTimeMs, outputTruncated, verdict, 0);
    }
}
