package org.labjudge.node.judge.check;

import java.util.List;
import java.util.Locale;

/** Creates checkers from the wire protocol's checker {@code type}. */
public final class Checkers {

    /** The checker types of wire protocol v1. */
    public static final List<String> TYPES = List.of("exact", "lines", "tokens");

    /** The type used when a request names none. */
    public static final String DEFAULT_TYPE = "tokens";

    private Checkers() {
    }

    /**
     * The checker for {@code type} ({@code exact}, {@code lines} or {@code tokens}, any letter case;
     * {@code null} or blank means {@code tokens}). Only {@code tokens} uses {@code options}
     * ({@code null} means {@link CheckOptions#DEFAULT}); {@code exact} and {@code lines} are always
     * case- and number-exact.
     *
     * @throws IllegalArgumentException for any other type, naming the allowed ones
     */
    public static Checker of(String type, CheckOptions options) {
        String name = type == null || type.isBlank() ? DEFAULT_TYPE : type.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "exact" -> ExactChecker.INSTANCE;
            case "lines" -> LinesChecker.INSTANCE;
            case "tokens" -> new TokensChecker(options == null ? CheckOptions.DEFAULT : options);
            default -> throw new IllegalArgumentException(
                    "unknown checker type '" + type + "'; allowed: " + String.join(", ", TYPES));
        };
    }
}
