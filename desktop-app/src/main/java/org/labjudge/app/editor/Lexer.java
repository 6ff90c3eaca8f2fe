package org.labjudge.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A single-pass scanner that splits source text into highlighted {@link Token}s using a language's
 * {@link SyntaxRules}. Hand-written rather than one big regular expression: it touches each character once,
 * so a 5,000-line file takes milliseconds. It is a highlighter, not a parser: it never fails, and an
 * unterminated string or comment simply runs to the end of its line (or of the text, for block forms).
 */
final class Lexer {

    private final String text;
    private final SyntaxRules rules;
    private final List<Token> tokens = new ArrayList<>();
    private final int length;
    private int position;

    private Lexer(String text, SyntaxRules rules) {
        this.text = text;
        this.rules = rules;
        this.length = text.length();
    }

    static List<Token> tokens(String text, Language language) {
        Optional<SyntaxRules> rules = SyntaxRules.of(language.family());
        if (rules.isEmpty()) {
            return List.of(); // plain text: a language the editor has no rules for
        }
        Lexer lexer = new Lexer(text, rules.get());
        lexer.scan();
        return lexer.tokens;
    }

    private void scan() {
        while (position < length) {
            char c = text.charAt(position);
            int start = position;
            if (c == '\n' || c == ' ' || c == '\t' || c == '\r') {
                position++;
            } else if (startsLineComment(c)) {
                position = lineEnd(position);
                add(start, "comment");
            } else if (rules.blockComments() && c == '/' && peek(1) == '*') {
                int end = text.indexOf("*/", position + 2);
                position = end < 0 ? length : end + 2;
                add(start, "comment");
            } else if (c == '"' || c == '\'' || (c == '`' && rules.backtickStrings())) {
                if (!metaQuote(c)) {
                    string(start, c);
                }
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                word(start);
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)) && !identifierBefore(start))) {
                number(start);
            } else if (!meta(c)) {
                position++;
            }
        }
    }

    private boolean startsLineComment(char c) {
        String marker = rules.lineComment();
        if (!text.startsWith(marker, position)) {
            return false;
        }
        if (rules.meta() == SyntaxRules.Meta.SHELL) {
            // In a shell, # starts a comment only at the start of a word ($# and a#b are not comments).
            char before = position == 0 ? ' ' : text.charAt(position - 1);
            return before == ' ' || before == '\t' || before == '\n' || before == ';' || before == '(';
        }
        return true;
    }

    private void string(int start, char quote) {
        if (rules.tripleQuotes() && peek(1) == quote && peek(2) == quote && quote != '`') {
            String fence = String.valueOf(quote).repeat(3);
            int end = text.indexOf(fence, position + 3);
            position = end < 0 ? length : end + 3;
            add(start, "string");
            return;
        }
        boolean multiline = quote == '`';
        // Shell '...' and Go's `raw` strings have no escapes; JavaScript `templates` do.
        boolean shellSingle = quote == '\'' && rules.meta() == SyntaxRules.Meta.SHELL;
        boolean goRaw = quote == '`' && rules.singleQuoteIsChar();
        boolean escapes = !shellSingle && !goRaw;
        position++;
        while (position < length) {
            char c = text.charAt(position);
            if (c == '\\' && escapes && position + 1 < length && text.charAt(position + 1) != '\n') {
                position += 2;
            } else if (c == quote) {
                position++;
                break;
            } else if (c == '\n' && !multiline) {
                break;
            } else {
                position++;
            }
        }
        add(start, "string");
    }

    private void word(int start) {
        position++;
        while (position < length && Character.isJavaIdentifierPart(text.charAt(position))
                && text.charAt(position) != '$') {
            position++;
        }
        String word = text.substring(start, position);
        char next = position < length ? text.charAt(position) : 0;
        if ((next == '"' || next == '\'') && isStringPrefix(word)) {
            string(start, next);
            tokens.set(tokens.size() - 1, new Token(start, position, "string"));
            return;
        }
        if (rules.meta() == SyntaxRules.Meta.RUST && next == '!' && peek(1) != '=') {
            position++;
            add(start, "meta");
            return;
        }
        if (rules.keywords().contains(word)) {
            add(start, "keyword");
        } else if (rules.types().contains(word)) {
            add(start, "type");
        }
    }

    private boolean isStringPrefix(String word) {
        if (rules.meta() == SyntaxRules.Meta.RUST) {
            return word.equals("b") || word.equals("r") || word.equals("br");
        }
        if (rules.tripleQuotes() && !rules.blockComments()) {
            // Python: r"", b'', f"", rb"", ...
            return word.length() <= 2 && word.chars().allMatch(ch -> "rRbBfFuU".indexOf(ch) >= 0);
        }
        return word.equals("L") || word.equals("u8") || word.equals("u") || word.equals("U") || word.equals("R");
    }

    private void number(int start) {
        position++;
        while (position < length) {
            char c = text.charAt(position);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                position++;
            } else if ((c == '+' || c == '-') && (peek(-1) == 'e' || peek(-1) == 'E')
                    && !text.startsWith("0x", start) && !text.startsWith("0X", start)) {
                position++;
            } else {
                break;
            }
        }
        add(start, "number");
    }

    /** Handles a quote that is a Rust lifetime ({@code 'a}) rather than a char literal. */
    private boolean metaQuote(char quote) {
        if (quote != '\'' || rules.meta() != SyntaxRules.Meta.RUST) {
            return false;
        }
        boolean charLiteral = peek(1) == '\\' || (peek(1) != 0 && peek(2) == '\'');
        if (charLiteral || !Character.isJavaIdentifierStart(peek(1))) {
            return false;
        }
        int start = position;
        position++;
        while (position < length && Character.isJavaIdentifierPart(text.charAt(position))) {
            position++;
        }
        add(start, "meta");
        return true;
    }

    /** Handles {@code @name}, preprocessor lines, Rust attributes and shell variables; false if none is here. */
    private boolean meta(char c) {
        int start = position;
        switch (rules.meta()) {
            case ANNOTATIONS -> {
                if (c == '@' && Character.isJavaIdentifierStart(peek(1))) {
                    position++;
                    while (position < length && (Character.isJavaIdentifierPart(text.charAt(position))
                            || text.charAt(position) == '.')) {
                        position++;
                    }
                    add(start, "meta");
                    return true;
                }
            }
            case PREPROCESSOR -> {
                if (c == '#' && onlyBlanksBefore(start)) {
                    position++;
                    while (position < length && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
                        position++;
                    }
                    while (position < length && Character.isLetter(text.charAt(position))) {
                        position++;
                    }
                    int save = position;
                    while (position < length && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
                        position++;
                    }
                    if (position < length && text.charAt(position) == '<') {
                        int close = text.indexOf('>', position);
                        int eol = lineEnd(position);
                        position = close >= 0 && close < eol ? close + 1 : save;
                    } else {
                        position = save;
                    }
                    add(start, "meta");
                    return true;
                }
            }
            case RUST -> {
                if (c == '#' && (peek(1) == '[' || (peek(1) == '!' && peek(2) == '['))) {
                    int close = text.indexOf(']', position);
                    int eol = lineEnd(position);
                    position = close >= 0 && close < eol ? close + 1 : eol;
                    add(start, "meta");
                    return true;
                }
            }
            case SHELL -> {
                if (c == '$') {
                    position++;
                    if (peek(0) == '{') {
                        int close = text.indexOf('}', position);
                        int eol = lineEnd(position);
                        position = close >= 0 && close < eol ? close + 1 : eol;
                    } else if ("#?@*!$-0123456789".indexOf(peek(0)) >= 0 && peek(0) != 0) {
                        position++;
                    } else {
                        while (position < length && (Character.isLetterOrDigit(text.charAt(position))
                                || text.charAt(position) == '_')) {
                            position++;
                        }
                    }
                    if (position > start + 1) {
                        add(start, "meta");
                    }
                    return true;
                }
            }
            default -> {
                return false;
            }
        }
        return false;
    }

    private boolean onlyBlanksBefore(int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private boolean identifierBefore(int index) {
        return index > 0 && Character.isJavaIdentifierPart(text.charAt(index - 1));
    }

    private int lineEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? length : end;
    }

    private char peek(int offset) {
        int at = position + offset;
        return at >= 0 && at < length ? text.charAt(at) : 0;
    }

    private void add(int start, String kind) {
        if (position > start) {
            tokens.add(new Token(start, position, kind));
        }
    }
}
