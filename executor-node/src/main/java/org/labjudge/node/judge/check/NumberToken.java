package org.labjudge.node.judge.check;

import java.math.BigDecimal;

/**
 * A token read as a decimal floating-point number, as the tokens checker does when a float
 * tolerance is set.
 *
 * <p>Accepted forms (the whole token, no whitespace): an optional sign {@code +} or {@code -},
 * then either decimal digits with an optional fraction ({@code 5}, {@code 5.}, {@code .5},
 * {@code 5.25}) followed by an optional exponent ({@code e7}, {@code E-07}, {@code e+7}), or one of
 * {@code inf}, {@code infinity}, {@code nan} in any letter case. Only ASCII digits count. Hex
 * floats ({@code 0x1p3}), digit separators ({@code 1_000}, {@code 1,5}), type suffixes
 * ({@code 1d}, {@code 2f}) and everything else are not numbers: such tokens compare as text.
 *
 * <p>Numbers keep their exact decimal value: a 30-digit integer is not rounded, {@code 1e400} is a
 * finite number (even though it overflows a {@code double}) and the exponent may be arbitrarily
 * long.
 */
public final class NumberToken {

    /** What a number token denotes. */
    public enum Kind {
        /** A finite decimal number. */
        FINITE,
        /** Positive or negative infinity ({@code inf}, {@code -Infinity}, ...). */
        INFINITE,
        /** Not a number ({@code nan}, {@code NaN}, {@code -nan}, ...). */
        NAN
    }

    /** Tokens longer than this are never converted to {@link BigDecimal} (parsing would be slow). */
    static final int MAX_EXACT_LENGTH = 10_000;

    /** Exponents beyond this are kept out of {@link BigDecimal}, whose scale is an {@code int}. */
    private static final long MAX_EXACT_EXPONENT = 1_000_000_000L;

    /** Powers of ten that are exact doubles. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    private final Kind kind;
    private final boolean negative;
    private final String source;
    private final int from;
    private final int to;
    private final boolean zero;
    private final boolean exactAllowed;
    private final double doubleValue;
    private String text;
    private BigDecimal exact;

    private NumberToken(Kind kind, boolean negative, String source, int from, int to, boolean zero,
            boolean exactAllowed, double doubleValue) {
        this.kind = kind;
        this.negative = negative;
        this.source = source;
        this.from = from;
        this.to = to;
        this.zero = zero;
        this.exactAllowed = exactAllowed;
        this.doubleValue = doubleValue;
    }

    /** {@code s} as a number, or {@code null} when it is not one of the accepted forms. */
    public static NumberToken parse(String s) {
        return parse(s, 0, s.length());
    }

    /**
     * The characters {@code s[from, to)} as a number, or {@code null} when they are not one of the
     * accepted forms. Does not allocate when they are not.
     */
    public static NumberToken parse(String s, int from, int to) {
        int i = from;
        if (i >= to) {
            return null;
        }
        boolean negative = false;
        char c = s.charAt(i);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
            if (i >= to) {
                return null;
            }
            c = s.charAt(i);
        }
        if (c == 'i' || c == 'I' || c == 'n' || c == 'N') {
            return parseSpecial(s, from, i, to, negative);
        }
        // significand: up to 18 significant digits gathered in a long, for the fast path
        long mantissa = 0;
        int significant = 0; // significant digits seen (after leading zeros)
        int scale = 0; // power of ten to apply to mantissa, before the exponent
        int digits = 0;
        while (i < to && (c = s.charAt(i)) >= '0' && c <= '9') {
            digits++;
            if (significant > 0 || c != '0') {
                if (++significant <= 18) {
                    mantissa = mantissa * 10 + (c - '0');
                } else {
                    scale++;
                }
            }
            i++;
        }
        if (i < to && s.charAt(i) == '.') {
            i++;
            while (i < to && (c = s.charAt(i)) >= '0' && c <= '9') {
                digits++;
                if (significant > 0 || c != '0') {
                    if (++significant <= 18) {
                        mantissa = mantissa * 10 + (c - '0');
                        scale--;
                    }
                } else {
                    scale--;
                }
                i++;
            }
        }
        if (digits == 0) {
            return null;
        }
        boolean exactAllowed = to - from <= MAX_EXACT_LENGTH;
        long exponent = 0;
        if (i < to) {
            c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                return null;
            }
            i++;
            boolean negativeExponent = false;
            if (i < to && ((c = s.charAt(i)) == '+' || c == '-')) {
                negativeExponent = c == '-';
                i++;
            }
            int expStart = i;
            while (i < to && (c = s.charAt(i)) >= '0' && c <= '9') {
                if (exponent <= MAX_EXACT_EXPONENT) {
                    exponent = exponent * 10 + (c - '0');
                }
                i++;
            }
            if (i == expStart || i != to) {
                return null;
            }
            if (exponent > MAX_EXACT_EXPONENT) {
                exactAllowed = false;
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        boolean zero = significant == 0;
        double value;
        long power = scale + exponent;
        if (zero) {
            value = 0.0;
        } else if (significant <= 15 && power >= -22 && power <= 22) {
            // both operands exact, so the one rounding gives the correctly rounded result
            value = power >= 0 ? mantissa * POWERS_OF_TEN[(int) power]
                    : mantissa / POWERS_OF_TEN[(int) -power];
        } else {
            value = Math.abs(Double.parseDouble(s.substring(from, to)));
        }
        return new NumberToken(Kind.FINITE, negative, s, from, to, zero, exactAllowed,
                negative ? -value : value);
    }

    private static NumberToken parseSpecial(String s, int from, int i, int to, boolean negative) {
        int length = to - i;
        if ((length == 3 || length == 8) && s.regionMatches(true, i, "infinity", 0, length)) {
            return new NumberToken(Kind.INFINITE, negative, s, from, to, false, false,
                    negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (length == 3 && s.regionMatches(true, i, "nan", 0, 3)) {
            return new NumberToken(Kind.NAN, negative, s, from, to, false, false, Double.NaN);
        }
        return null;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isFinite() {
        return kind == Kind.FINITE;
    }

    /** Whether the token carries a minus sign ({@code -0}, {@code -inf} and {@code -nan} do). */
    public boolean isNegative() {
        return negative;
    }

    /** Whether the token is a finite zero of any form ({@code 0}, {@code -0.000}, {@code 0e99}). */
    public boolean isZero() {
        return zero;
    }

    /**
     * The nearest {@code double}; may be infinite or zero for finite tokens outside the
     * {@code double} range ({@code 1e400}, {@code 1e-400}).
     */
    public double doubleValue() {
        return doubleValue;
    }

    /**
     * The exact value, or {@code null} for infinities, NaN, tokens longer than 10,000 characters
     * and exponents beyond a billion, which are only ever handled as {@code double}s.
     */
    public BigDecimal exactValue() {
        if (!exactAllowed) {
            return null;
        }
        BigDecimal result = exact;
        if (result == null) {
            try {
                result = new BigDecimal(toString());
            } catch (NumberFormatException | ArithmeticException e) {
                return null; // scale out of int range; treated as a double
            }
            exact = result;
        }
        return result;
    }

    /** The token as written. */
    @Override
    public String toString() {
        String result = text;
        if (result == null) {
            result = source.substring(from, to);
            text = result;
        }
        return result;
    }
}
