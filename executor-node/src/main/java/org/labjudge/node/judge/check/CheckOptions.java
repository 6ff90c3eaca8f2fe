package org.labjudge.node.judge.check;

import java.util.Locale;

/**
 * Options of the {@code tokens} checker, the flags of the Kattis default output validator.
 *
 * <p>A tolerance of {@link Double#NaN} means "not given". With no tolerance at all, numbers are
 * ordinary tokens and must match as text ({@code 1e-7} is not {@code 0.0000001}). With one or both
 * given, a token pair whose expected token is a number is accepted when
 * {@code |actual - expected| <= floatAbsTolerance} or
 * {@code |actual - expected| <= floatRelTolerance * |expected|}, only the given ones applying.
 *
 * @param caseSensitive        text tokens must match in letter case ({@code case_sensitive});
 *                             off by default, as in Kattis
 * @param spaceChangeSensitive whitespace must match exactly, not just separate tokens
 *                             ({@code space_change_sensitive}); off by default
 * @param floatAbsTolerance    absolute tolerance for numbers, {@code >= 0}, or NaN for none
 * @param floatRelTolerance    relative tolerance for numbers, {@code >= 0}, or NaN for none
 */
public record CheckOptions(boolean caseSensitive, boolean spaceChangeSensitive,
        double floatAbsTolerance, double floatRelTolerance) {

    /** The Kattis defaults: case-insensitive, whitespace-insensitive, numbers compared as text. */
    public static final CheckOptions DEFAULT = new CheckOptions(false, false, Double.NaN, Double.NaN);

    /**
     * @throws IllegalArgumentException if a tolerance is negative or infinite
     */
    public CheckOptions {
        floatAbsTolerance = checkTolerance("floatAbsTolerance", floatAbsTolerance);
        floatRelTolerance = checkTolerance("floatRelTolerance", floatRelTolerance);
    }

    private static double checkTolerance(String name, double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    name + " must be a finite number >= 0 (or absent), got " + value);
        }
        return value + 0.0; // -0.0 becomes 0.0
    }

    /**
     * Options from nullable values, as they arrive in a request: {@code null} means "default"
     * (case-insensitive, space-change-insensitive, no tolerance).
     */
    public static CheckOptions of(Boolean caseSensitive, Boolean spaceChangeSensitive,
            Double floatAbsTolerance, Double floatRelTolerance) {
        return new CheckOptions(
                caseSensitive != null && caseSensitive,
                spaceChangeSensitive != null && spaceChangeSensitive,
                floatAbsTolerance == null ? Double.NaN : floatAbsTolerance,
                floatRelTolerance == null ? Double.NaN : floatRelTolerance);
    }

    /**
     * Options from a problem package's {@code validator_flags}, e.g.
     * {@code "case_sensitive float_tolerance 1e-6"}. Flags: {@code case_sensitive},
     * {@code space_change_sensitive}, {@code float_absolute_tolerance ε},
     * {@code float_relative_tolerance ε}, {@code float_tolerance ε} (both). A later flag overrides
     * an earlier one. {@code null} or blank gives {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException on an unknown flag or a missing or invalid ε
     */
    public static CheckOptions fromValidatorFlags(String flags) {
        CheckOptions result = DEFAULT;
        if (flags == null) {
            return result;
        }
        String[] words = flags.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            switch (word) {
                case "" -> { }
                case "case_sensitive" -> result = result.withCaseSensitive(true);
                case "space_change_sensitive" -> result = result.withSpaceChangeSensitive(true);
                case "float_absolute_tolerance", "float_relative_tolerance", "float_tolerance" -> {
                    if (i + 1 >= words.length) {
                        throw new IllegalArgumentException("validator flag " + word + " needs a value");
                    }
                    double value = parseTolerance(word, words[++i]);
                    result = switch (word) {
                        case "float_absolute_tolerance" -> result.withFloatAbsTolerance(value);
                        case "float_relative_tolerance" -> result.withFloatRelTolerance(value);
                        default -> result.withFloatTolerance(value);
                    };
                }
                default -> throw new IllegalArgumentException("unknown validator flag '" + word
                        + "' (known: case_sensitive, space_change_sensitive, float_tolerance,"
                        + " float_absolute_tolerance, float_relative_tolerance)");
            }
        }
        return result;
    }

    private static double parseTolerance(String flag, String word) {
        NumberToken number = NumberToken.parse(word);
        if (number == null || !number.isFinite() || Double.isInfinite(number.doubleValue())
                || (number.isNegative() && !number.isZero())) {
            throw new IllegalArgumentException(
                    "validator flag " + flag + " needs a finite number >= 0, got '" + word + "'");
        }
        return number.doubleValue();
    }

    /** Whether numbers are compared with a tolerance (at least one tolerance is given). */
    public boolean hasFloatTolerance() {
        return !Double.isNaN(floatAbsTolerance) || !Double.isNaN(floatRelTolerance);
    }

    public CheckOptions withCaseSensitive(boolean value) {
        return new CheckOptions(value, spaceChangeSensitive, floatAbsTolerance, floatRelTolerance);
    }

    public CheckOptions withSpaceChangeSensitive(boolean value) {
        return new CheckOptions(caseSensitive, value, floatAbsTolerance, floatRelTolerance);
    }

    /** Sets both tolerances, like Kattis' {@code float_tolerance}. */
    public CheckOptions withFloatTolerance(double value) {
        return new CheckOptions(caseSensitive, spaceChangeSensitive, value, value);
    }

    public CheckOptions withFloatAbsTolerance(double value) {
        return new CheckOptions(caseSensitive, spaceChangeSensitive, value, floatRelTolerance);
    }

    public CheckOptions withFloatRelTolerance(double value) {
        return new CheckOptions(caseSensitive, spaceChangeSensitive, floatAbsTolerance, value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CheckOptions[");
        sb.append(caseSensitive ? "case_sensitive" : "case_insensitive");
        if (spaceChangeSensitive) {
            sb.append(", space_change_sensitive");
        }
        if (!Double.isNaN(floatAbsTolerance)) {
            sb.append(String.format(Locale.ROOT, ", abs %s", floatAbsTolerance));
        }
        if (!Double.isNaN(floatRelTolerance)) {
            sb.append(String.format(Locale.ROOT, ", rel %s", floatRelTolerance));
        }
        return sb.append(']').toString();
    }
}
