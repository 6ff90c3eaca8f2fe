package org.labjudge.protocol;

import java.util.Objects;

/**
 * How a console session ended: the last message a node sends on it. Times are milliseconds, as in a
 * {@link TestResult}: {@code timeMs} CPU time, {@code wallTimeMs} the whole session, {@code memoryKb} the peak.
 *
 * @param verdict how the program ended, by the rules of every run: {@code OK} (exit 0), {@code RUNTIME_ERROR},
 *        {@code TIME_LIMIT_EXCEEDED}, {@code MEMORY_LIMIT_EXCEEDED}, ...; null when it never ran or was stopped
 * @param message a sentence for a person, e.g. {@code "exit code 0 after 2.3 s, 0.02 s of CPU, 9 MB"}
 */
public record ConsoleEnd(ConsoleEndReason reason, Verdict verdict, Integer exitCode, String signal, long timeMs,
        long wallTimeMs, long memoryKb, String message) {

    public ConsoleEnd {
        Objects.requireNonNull(reason, "reason");
        message = message == null ? "" : message;
    }

    /** An end without a program's figures (it never ran, or its node was lost). */
    public static ConsoleEnd without(ConsoleEndReason reason, String message) {
        return new ConsoleEnd(reason, null, null, null, 0, 0, 0, message);
    }
}
