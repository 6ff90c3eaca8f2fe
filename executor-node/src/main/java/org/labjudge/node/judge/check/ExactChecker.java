package org.labjudge.node.judge.check;

import java.util.Objects;

/**
 * Accepts only output identical to the expected one, character for character: line endings,
 * trailing spaces and the final newline all count.
 */
public final class ExactChecker implements Checker {

    /** The checker; it has no state. */
    public static final ExactChecker INSTANCE = new ExactChecker();

    /** Characters of common text shown before the first difference. */
    private static final int CONTEXT = 20;

    public ExactChecker() {
    }

    @Override
    public CheckOutcome check(String expected, String actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        if (expected.equals(actual)) {
            return CheckOutcome.accept();
        }
        if (actual.isEmpty()) {
            return CheckOutcome.reject("no output: expected " + Texts.quote(expected));
        }
        int common = Math.min(expected.length(), actual.length());
        int i = 0;
        int line = 1;
        int lineStart = 0;
        while (i < common && expected.charAt(i) == actual.charAt(i)) {
            if (expected.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
            i++;
        }
        String where = "line " + line + ", column " + (i - lineStart + 1) + ": ";
        if (i == actual.length()) {
            return CheckOutcome.reject(where + "output ended early, missing "
                    + Texts.quote(expected, i, expected.length()));
        }
        if (i == expected.length()) {
            return CheckOutcome.reject(where + "extra output " + Texts.quote(actual, i, actual.length()));
        }
        int from = Math.max(lineStart, i - CONTEXT);
        if (from > lineStart && Character.isLowSurrogate(expected.charAt(from))) {
            from--;
        }
        boolean cut = from > lineStart;
        return CheckOutcome.reject(where + "expected " + Texts.quote(expected, from, expected.length(), cut)
                + ", got " + Texts.quote(actual, from, actual.length(), cut));
    }

    @Override
    public String toString() {
        return "exact";
    }
}
