package org.labjudge.node.api.jobe;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Jobe's argument strings into words. Jobe joins {@code compileargs},
 * {@code interpreterargs} and the like into one shell command line, so an element such as
 * {@code -c "print(\"Blah\")"} is two arguments; here the same quoting rules (single quotes,
 * double quotes, backslashes) make the words, and no shell ever runs, so nothing is expanded.
 */
final class ShellWords {
    private ShellWords() {
    }

    /** The words of every element, in order. */
    static List<String> split(List<String> elements) {
        List<String> words = new ArrayList<>();
        for (String element : elements) {
            words.addAll(split(element));
        }
        return words;
    }

    /** The words of one string. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed single quote in: " + line);
                }
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends a double-quoted part starting after its quote; returns the index of the closing quote. */
    private static int doubleQuoted(String line, int start, StringBuilder word) {
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            }
            // Inside double quotes a backslash escapes only these, as in sh.
            if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                c = line.charAt(++i);
            }
            word.append(c);
        }
        throw new IllegalArgumentException("unclosed double quote in: " + line);
    }
}
