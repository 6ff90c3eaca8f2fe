package org.labjudge.node.judge.check;

import org.labjudge.protocol.CheckerType;

/** Creates checkers from the wire protocol's checker {@code type}. */
public final class Checkers {

    private Checkers() {
    }

    /**
     * The checker for {@code type} ({@code null} means {@link CheckerType#TOKENS}). Only {@code tokens}
     * uses {@code options} ({@code null} means {@link CheckOptions#DEFAULT}); {@code exact} and
     * {@code lines} are always case- and number-exact.
     */
    public static Checker of(CheckerType type, CheckOptions options) {
        return switch (type == null ? CheckerType.TOKENS : type) {
            case EXACT -> ExactChecker.INSTANCE;
            case LINES -> LinesChecker.INSTANCE;
            case TOKENS -> new TokensChecker(options == null ? CheckOptions.DEFAULT : options);
        };
    }
}
