package org.labjudge.app.editor;

/**
 * What Enter, Tab and a typed closing bracket do to indentation: keep the current line's indent, add one
 * level after an opening bracket (or a Python colon), and take one away when a line is closed.
 */
public final class Indentation {

    private Indentation() {
    }

    /** The leading spaces and tabs of {@code line}. */
    public static String leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    /**
     * The indentation of the new line when Enter is pressed with {@code beforeCaret} being the current line
     * up to the caret.
     */
    public static String afterNewline(String beforeCaret, Language language) {
        String indent = leadingWhitespace(beforeCaret);
        String trimmed = stripTrailingComment(beforeCaret, language).stripTrailing();
        if (opensBlock(trimmed, language)) {
            return indent + language.indentUnit();
        }
        return indent;
    }

    /** Whether {@code trimmedLine} ends in something that starts an indented block. */
    static boolean opensBlock(String trimmedLine, Language language) {
        if (trimmedLine.isEmpty()) {
            return false;
        }
        char last = trimmedLine.charAt(trimmedLine.length() - 1);
        if (last == '{' || last == '(' || last == '[') {
            return true;
        }
        if (language.family() == Family.PYTHON) {
            return last == ':';
        }
        if (language.family() == Family.SHELL) {
            return trimmedLine.endsWith(" then") || trimmedLine.endsWith(" do") || trimmedLine.equals("do")
                    || trimmedLine.equals("then") || trimmedLine.equals("else");
        }
        return false;
    }

    /** {@code indent} with one level removed (a tab, or up to one level of spaces). */
    public static String dedent(String indent, Language language) {
        if (indent.endsWith("\t")) {
            return indent.substring(0, indent.length() - 1);
        }
        int remove = 0;
        while (remove < language.tabWidth() && remove < indent.length()
                && indent.charAt(indent.length() - 1 - remove) == ' ') {
            remove++;
        }
        return indent.substring(0, indent.length() - remove);
    }

    /** Python's clauses that continue the block above them at its opener's indent, with their colon. */
    private static final java.util.regex.Pattern PYTHON_CONTINUATION =
            java.util.regex.Pattern.compile("(?:else|elif\\b.*|except\\b.*|finally)\\s*:");

    /**
     * The indent a line should have once {@code ':'} is typed at its end: for Python's {@code else:},
     * {@code elif ...:}, {@code except ...:} and {@code finally:} still at the indent of the block body above
     * ({@code previousLine}, the last non-blank line), one level less; otherwise its indent as it is.
     */
    public static String afterColon(String line, String previousLine, Language language) {
        String indent = leadingWhitespace(line);
        if (language.family() != Family.PYTHON || indent.isEmpty()
                || !PYTHON_CONTINUATION.matcher(line.strip()).matches()) {
            return indent;
        }
        String above = leadingWhitespace(previousLine);
        return indent.length() >= above.length() ? dedent(indent, language) : indent;
    }

    /**
     * How many characters Backspace removes with {@code beforeCaret} before the caret on its line: inside
     * leading spaces, back to the previous tab stop (one indent level); elsewhere one.
     */
    public static int backspaceWidth(String beforeCaret, Language language) {
        if (beforeCaret.isEmpty() || !beforeCaret.isBlank() || beforeCaret.indexOf('\t') >= 0) {
            return 1;
        }
        int width = language.tabWidth();
        int toStop = beforeCaret.length() % width;
        return toStop == 0 ? Math.min(width, beforeCaret.length()) : toStop;
    }

    /** The spaces that move {@code column} to the next tab stop (Tab in a space-indented language). */
    public static String toNextTabStop(int column, Language language) {
        if (language.usesTabs()) {
            return "\t";
        }
        int width = language.tabWidth();
        return " ".repeat(width - column % width);
    }

    private static String stripTrailingComment(String line, Language language) {
        String marker = language.family().lineComment();
        int at = marker == null ? -1 : line.indexOf(marker);
        // A marker inside a string would be cut too; good enough for deciding on one indent level.
        return at < 0 ? line : line.substring(0, at);
    }
}
