package org.labjudge.node.judge.check;

import java.util.Objects;

/**
 * Compares line by line. A CRLF line ending counts as LF, whitespace at the end of each line is
 * ignored, and so are blank lines at the end of the output (and a missing final newline).
 * Everything else counts: leading whitespace, spaces inside a line, letter case, blank lines in
 * the middle.
 */
public final class LinesChecker implements Checker {

    /** The checker; it has no state. */
    public static final LinesChecker INSTANCE = new LinesChecker();

    /** Characters of common text shown before the first difference in a long line. */
    private static final int CONTEXT = 20;

    public LinesChecker() {
    }

    @Override
    public CheckOutcome check(String expected, String actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        int eEnd = contentEnd(expected);
        int aEnd = contentEnd(actual);
        int ePos = 0;
        int aPos = 0;
        int line = 1;
        while (ePos < eEnd && aPos < aEnd) {
            int eNl = lineBreak(expected, ePos, eEnd);
            int aNl = lineBreak(actual, aPos, aEnd);
            int eLineEnd = trimEnd(expected, ePos, eNl);
            int aLineEnd = trimEnd(actual, aPos, aNl);
            int length = eLineEnd - ePos;
            if (length != aLineEnd - aPos || !expected.regionMatches(ePos, actual, aPos, length)) {
                return CheckOutcome.reject(
                        mismatch(line, expected, ePos, eLineEnd, actual, aPos, aLineEnd));
            }
            ePos = eNl + 1;
            aPos = aNl + 1;
            line++;
        }
        int matched = line - 1;
        if (ePos < eEnd) {
            int total = matched + countLines(expected, ePos, eEnd);
            if (aEnd == 0) {
                return CheckOutcome.reject((actual.isEmpty() ? "no output" : "output has only whitespace")
                        + ": expected " + Texts.plural(total, "line"));
            }
            return CheckOutcome.reject("output ended early: expected " + Texts.plural(total, "line")
                    + ", got " + matched);
        }
        if (aPos < aEnd) {
            // the first extra line with something on it (there is one: aEnd ends a non-blank line)
            while (true) {
                int aNl = lineBreak(actual, aPos, aEnd);
                int aLineEnd = trimEnd(actual, aPos, aNl);
                if (aLineEnd > aPos) {
                    return CheckOutcome.reject("line " + line + ": extra output "
                            + Texts.quote(actual, aPos, aLineEnd)
                            + (matched == 0 ? " (expected no output)"
                                    : " (expected only " + Texts.plural(matched, "line") + ")"));
                }
                aPos = aNl + 1;
                line++;
            }
        }
        return CheckOutcome.accept();
    }

    private static String mismatch(int line, String expected, int eFrom, int eTo,
            String actual, int aFrom, int aTo) {
        if (eTo - eFrom <= Texts.MAX_ECHO && aTo - aFrom <= Texts.MAX_ECHO) {
            return "line " + line + ": expected " + Texts.quote(expected, eFrom, eTo)
                    + ", got " + Texts.quote(actual, aFrom, aTo);
        }
        int common = Math.min(eTo - eFrom, aTo - aFrom);
        int column = 0;
        while (column < common && expected.charAt(eFrom + column) == actual.charAt(aFrom + column)) {
            column++;
        }
        int skip = Math.max(0, column - CONTEXT);
        if (skip > 0 && Character.isLowSurrogate(expected.charAt(eFrom + skip))) {
            skip--;
        }
        boolean cut = skip > 0;
        return "line " + line + ", column " + (column + 1) + ": expected "
                + Texts.quote(expected, eFrom + skip, eTo, cut)
                + ", got " + Texts.quote(actual, aFrom + skip, aTo, cut);
    }

    /** Index just after the last non-whitespace character, 0 when there is none. */
    private static int contentEnd(String s) {
        int end = s.length();
        while (end > 0 && Texts.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Index of the newline ending the line that starts at {@code from}, or {@code end}. */
    private static int lineBreak(String s, int from, int end) {
        int nl = s.indexOf('\n', from);
        return nl < 0 || nl > end ? end : nl;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && Texts.isLineSpace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static int countLines(String s, int from, int end) {
        int count = 1;
        for (int i = from; i < end; i++) {
            if (s.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "lines";
    }
}
