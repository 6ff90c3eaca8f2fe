package org.labjudge.node.judge.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Small text helpers shared by the checkers: whitespace classes and short, quoted snippets. */
final class Texts {

    /** At most this many characters of a token or line are echoed in a message. */
    static final int MAX_ECHO = 80;

    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);

    private Texts() {
    }

    /**
     * Whitespace as the C {@code isspace} of the Kattis default validator sees it: space, tab,
     * newline, vertical tab, form feed, carriage return. Other characters (no-break space, ...)
     * are part of tokens.
     */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Whitespace that may trail a line: {@link #isSpace} without the newline. */
    static boolean isLineSpace(char c) {
        return c != '\n' && isSpace(c);
    }

    /** {@code s[from, to)} quoted, escaped and cut to {@link #MAX_ECHO} characters. */
    static String quote(String s, int from, int to) {
        return quote(s, from, to, false);
    }

    /**
     * {@code s[from, to)} quoted and escaped; cut to {@link #MAX_ECHO} characters (before
     * escaping), with {@code "..."} added where something was cut off. With
     * {@code ellipsisBefore}, the snippet is marked as starting in the middle of a longer text.
     * Control and invisible formatting characters are shown as {@code \n}, {@code \r},
     * {@code \t} or {@code \}{@code uXXXX}.
     */
    static String quote(String s, int from, int to, boolean ellipsisBefore) {
        int end = to;
        boolean cut = false;
        int budget = ellipsisBefore ? MAX_ECHO - 3 : MAX_ECHO;
        if (end - from > budget) {
            end = from + budget - 3;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            cut = true;
        }
        StringBuilder sb = new StringBuilder(end - from + 10);
        sb.append('\'');
        if (ellipsisBefore) {
            sb.append("...");
        }
        for (int i = from; i < end; i++) {
            appendEscaped(sb, s.charAt(i));
        }
        if (cut) {
            sb.append("...");
        }
        return sb.append('\'').toString();
    }

    static String quote(String s) {
        return quote(s, 0, s.length());
    }

    private static void appendEscaped(StringBuilder sb, char c) {
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                int type = Character.getType(c);
                if (Character.isISOControl(c) || type == Character.FORMAT
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
    }

    /**
     * A number for a message: three significant digits, plain for moderate magnitudes
     * ({@code 0.0584}, {@code 1250}) and {@code 1e-7} style otherwise.
     */
    static String shortNumber(BigDecimal value) {
        return shortNumber(value, THREE_DIGITS);
    }

    static String shortNumber(BigDecimal value, MathContext context) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(context).stripTrailingZeros();
        long adjusted = (long) rounded.precision() - rounded.scale() - 1;
        if (adjusted >= -4 && adjusted < 15) {
            return rounded.toPlainString();
        }
        String digits = rounded.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder();
        if (rounded.signum() < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        return sb.append('e').append(adjusted).toString();
    }

    /**
     * Two different numbers, each shown with the fewest significant digits (at least three, at
     * most 25) that make them look different; past that, the first is rounded up.
     */
    static String[] distinctNumbers(BigDecimal first, BigDecimal second) {
        for (int digits = 3; digits <= 25; digits++) {
            MathContext context = new MathContext(digits, RoundingMode.HALF_EVEN);
            String a = shortNumber(first, context);
            String b = shortNumber(second, context);
            if (!a.equals(b)) {
                return new String[] {a, b};
            }
        }
        MathContext context = new MathContext(25, RoundingMode.UP);
        return new String[] {shortNumber(first, context), shortNumber(second, context)};
    }

    static String shortNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return shortNumber(new BigDecimal(value));
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
