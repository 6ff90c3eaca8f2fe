package org.labjudge.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word completion: for the identifier being typed, the language's keywords and the words already in the file
 * that start with it, shortest first (the likeliest), the prefix itself left out.
 */
public final class Completion {

    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    /** Enough to pick from; more is noise. */
    static final int MAX = 12;

    private Completion() {
    }

    /** The identifier characters just before {@code caret} in {@code text} (empty when there are none). */
    public static String prefixAt(String text, int caret) {
        int start = caret;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            start--;
        }
        return text.substring(start, caret);
    }

    /** Completions of the word before {@code caret}: keywords of {@code language}, then the file's own words. */
    public static List<String> candidates(String text, int caret, Language language) {
        String prefix = prefixAt(text, caret);
        if (prefix.isEmpty() || Character.isDigit(prefix.charAt(0))) {
            return List.of();
        }
        Set<String> found = new TreeSet<>((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        SyntaxRules.of(language.family()).ifPresent(rules -> {
            addMatching(found, rules.keywords(), prefix);
            addMatching(found, rules.types(), prefix);
        });
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            // The word being typed is not a completion of itself.
            if (words.end() != caret) {
                addMatching(found, Set.of(words.group()), prefix);
            }
        }
        List<String> result = new ArrayList<>(found);
        return result.size() <= MAX ? result : result.subList(0, MAX);
    }

    private static void addMatching(Set<String> into, Set<String> words, String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (word.length() > prefix.length() && word.toLowerCase(Locale.ROOT).startsWith(lower)) {
                into.add(word);
            }
        }
    }
}
