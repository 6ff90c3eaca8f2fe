package org.labjudge.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * How a run's outputs are judged (the {@code "checker"} of a {@link RunRequest}). A {@code null}
 * {@code type} means {@link CheckerType#TOKENS}. The flags refine {@code tokens} and mirror the
 * Kattis {@code validator_flags}; a {@code null} flag takes the Kattis default: case-insensitive,
 * whitespace-insensitive, no float tolerance.
 */
public record CheckerSpec(CheckerType type, Boolean caseSensitive, Boolean spaceChangeSensitive,
                          Double floatAbsTolerance, Double floatRelTolerance) {

    /** The checker used when a request names none: {@code tokens} with Kattis defaults. */
    public static final CheckerSpec DEFAULT = new CheckerSpec(CheckerType.TOKENS, null, null, null, null);

    public CheckerSpec {
        type = type == null ? CheckerType.TOKENS : type;
    }

    /** A checker of {@code type} with default flags. */
    public static CheckerSpec of(CheckerType type) {
        return new CheckerSpec(type, null, null, null, null);
    }

    /** {@code caseSensitive}, {@code false} when left out. */
    public boolean caseSensitiveOrDefault() {
        return Boolean.TRUE.equals(caseSensitive);
    }

    /** {@code spaceChangeSensitive}, {@code false} when left out. */
    public boolean spaceChangeSensitiveOrDefault() {
        return Boolean.TRUE.equals(spaceChangeSensitive);
    }

    /** One message per tolerance that is negative or not a finite number. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, "floatAbsTolerance", floatAbsTolerance);
        check(problems, "floatRelTolerance", floatRelTolerance);
        return List.copyOf(problems);
    }

    private static void check(List<String> problems, String name, Double value) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            problems.add("checker." + name + " must be a non-negative number, got " + value);
        }
    }
}
