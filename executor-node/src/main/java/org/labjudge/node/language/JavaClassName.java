package org.labjudge.node.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the class a Java source must be saved after: its public top-level class, else Main. */
final class JavaClassName {
    // At most 8 modifiers: an unbounded repeated group recurses once per repetition in
    // java.util.regex, so "public final final ..." repeated could overflow the request's stack.
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?:^|[;}\\s])public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp|static)\\s+){0,8}"
                    + "(?:class|interface|enum|record|@interface)\\s+([A-Za-z_$][A-Za-z0-9_$]*)");
    static final String DEFAULT = "Main";

    private JavaClassName() {}

    static String of(String source) {
        Matcher m = PUBLIC_TYPE.matcher(code(source));
        return m.find() ? m.group(1) : DEFAULT;
    }

    /**
     * The source with comments and string, char and text-block literals blanked out, by one linear
     * scan: the regular expressions used before recursed once per character of a literal and threw
     * StackOverflowError (an HTTP 500) on a source with a long string literal.
     */
    static String code(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int n = source.length();
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
                code.append(' ');
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                i = endOfTextBlock(source, i + 3);
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i + 1, c);
                code.append("\"\"");
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Index just past the closing quote of a string or char literal (or its line's end). */
    private static int endOfLiteral(String source, int from, char quote) {
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return source.length();
    }

    private static int endOfTextBlock(String source, int from) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith("\"\"\"", i)) {
                return i + 3;
            } else {
                i++;
            }
        }
        return source.length();
    }
}
