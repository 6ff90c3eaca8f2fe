package org.labjudge.app.editor;

import java.util.Optional;

/**
 * Finds the bracket that pairs with the one at or before the caret. Brackets inside the highlighter's
 * comments and strings still count: scanning is textual, which is what students expect of a small editor.
 */
public final class BracketMatcher {

    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";
    /** Past this distance the search gives up, so a huge unbalanced file stays fast. */
    private static final int MAX_SCAN = 200_000;

    private BracketMatcher() {
    }

    /** A bracket at {@code at} and its partner at {@code match}. */
    public record Pair(int at, int match) {
    }

    /**
     * The pair for the caret at {@code caret}: the bracket just before the caret is preferred, then the one
     * just after it. Empty when neither is a bracket or the bracket has no partner.
     */
    public static Optional<Pair> find(CharSequence text, int caret) {
        Optional<Pair> before = caret > 0 ? pairAt(text, caret - 1) : Optional.empty();
        return before.isPresent() ? before : caret < text.length() ? pairAt(text, caret) : Optional.empty();
    }

    /** The partner of the bracket at {@code index}, if it is a bracket and has one. */
    public static Optional<Pair> pairAt(CharSequence text, int index) {
        char c = text.charAt(index);
        int open = OPEN.indexOf(c);
        int close = CLOSE.indexOf(c);
        if (open >= 0) {
            return scan(text, index, +1, c, CLOSE.charAt(open));
        }
        if (close >= 0) {
            return scan(text, index, -1, c, OPEN.charAt(close));
        }
        return Optional.empty();
    }

    private static Optional<Pair> scan(CharSequence text, int from, int step, char self, char partner) {
        int depth = 0;
        int limit = Math.min(MAX_SCAN, step > 0 ? text.length() - from : from + 1);
        for (int n = 0, i = from; n < limit; n++, i += step) {
            char c = text.charAt(i);
            if (c == self) {
                depth++;
            } else if (c == partner && --depth == 0) {
                return Optional.of(new Pair(from, i));
            }
        }
        return Optional.empty();
    }
}
