package org.labjudge.app.editor;

import java.util.Locale;
import java.util.OptionalInt;

/** Plain-text find and replace over a document, as the find bar uses it. Pure: no UI. */
public final class TextSearch {

    private TextSearch() {
    }

    /** The first match of {@code query} at or after {@code from}, wrapping around to the start. */
    public static OptionalInt next(String text, String query, int from, boolean matchCase) {
        if (query.isEmpty()) {
            return OptionalInt.empty();
        }
        String haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int at = haystack.indexOf(needle, Math.max(0, Math.min(from, text.length())));
        if (at < 0) {
            at = haystack.indexOf(needle);
        }
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** The last match of {@code query} that starts before {@code before}, wrapping around to the end. */
    public static OptionalInt previous(String text, String query, int before, boolean matchCase) {
        if (query.isEmpty()) {
            return OptionalInt.empty();
        }
        String haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int at = before <= 0 ? -1 : haystack.lastIndexOf(needle, before - 1);
        if (at < 0) {
            at = haystack.lastIndexOf(needle);
        }
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** How many non-overlapping matches {@code text} holds. */
    public static int count(String text, String query, boolean matchCase) {
        if (query.isEmpty()) {
            return 0;
        }
        String haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    /** {@code text} with every match of {@code query} replaced by {@code replacement}. */
    public static String replaceAll(String text, String query, String replacement, boolean matchCase) {
        if (query.isEmpty()) {
            return text;
        }
        String haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            out.append(text, position, at).append(replacement);
            position = at + needle.length();
        }
        return out.append(text, position, text.length()).toString();
    }
}
