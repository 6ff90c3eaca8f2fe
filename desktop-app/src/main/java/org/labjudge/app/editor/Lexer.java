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
            } else if (meta(c)) {
                // Tried first: Lisp's #\; and Erlang's $% are characters, not comments.
                continue;
            } else if (blockComment()) {
                add(start, "comment");
            } else if (startsLineComment()) {
                position = lineEnd(position);
                add(start, "comment");
            } else if (rules.quotes().indexOf(c) >= 0) {
                quote(start, c);
            } else if (wordStart(c)) {
                word(start);
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)) && !identifierBefore(start))) {
                number(start);
            } else {
                position++;
            }
        }
    }

    private boolean wordStart(char c) {
        return (Character.isJavaIdentifierStart(c) && c != '$') || rules.symbolChars().indexOf(c) >= 0;
    }

    private boolean wordPart(char c) {
        return (Character.isJavaIdentifierPart(c) && c != '$') || rules.symbolChars().indexOf(c) >= 0
                || (c == '\'' && rules.primes());
    }

    /** Skips a block comment that opens here (to its close, or the end of the text); false if none opens. */
    private boolean blockComment() {
        for (SyntaxRules.BlockComment comment : rules.blockComments()) {
            if (opens(comment, position)) {
                int depth = 0;
                while (position < length) {
                    if (opens(comment, position)) {
                        depth++;
                        position += comment.open().length();
                    } else if (text.startsWith(comment.close(), position) && closesHere(comment)) {
                        position += comment.close().length();
                        if (--depth == 0 || !comment.nests()) {
                            return true;
                        }
                    } else {
                        position++;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private boolean opens(SyntaxRules.BlockComment comment, int at) {
        return text.startsWith(comment.open(), at) && (!comment.ownLine()
                || (onlyBlanksBefore(at) && onlyBlanksAfter(at + comment.open().length())));
    }

    private boolean closesHere(SyntaxRules.BlockComment comment) {
        return !comment.ownLine()
                || (onlyBlanksBefore(position) && onlyBlanksAfter(position + comment.close().length()));
    }

    private boolean startsLineComment() {
        for (String marker : rules.lineComments()) {
            if (text.startsWith(marker, position)) {
                if (rules.meta() == SyntaxRules.Meta.SHELL) {
                    // In a shell, # starts a comment only at the start of a word ($# and a#b are not comments).
                    char before = position == 0 ? ' ' : text.charAt(position - 1);
                    return before == ' ' || before == '\t' || before == '\n' || before == ';' || before == '(';
                }
                return true;
            }
        }
        return false;
    }

    /** A quote character: a literal, or what the family's apostrophe rule makes of a {@code '}. */
    private void quote(int start, char quote) {
        if (quote == '\'') {
            switch (rules.apostrophe()) {
                case CHAR_OR_TICK -> {
                    boolean charLiteral = peek(1) == '\\' || (peek(1) != 0 && peek(2) == '\'');
                    if (!charLiteral && Character.isJavaIdentifierStart(peek(1))) {
                        position++;
                        while (position < length && Character.isJavaIdentifierPart(text.charAt(position))) {
                            position++;
                        }
                        add(start, "meta"); // a lifetime or a type variable
                        return;
                    }
                }
                case OPERATOR_AFTER_OPERAND -> {
                    char before = start == 0 ? ' ' : text.charAt(start - 1);
                    if (Character.isLetterOrDigit(before) || before == '_' || ")]}.'".indexOf(before) >= 0) {
                        position++;
                        return;
                    }
                }
                default -> {
                }
            }
        }
        string(start, quote);
    }

    private void string(int start, char quote) {
        if (rules.tripleQuotes() && peek(1) == quote && peek(2) == quote && quote != '`') {
            String fence = String.valueOf(quote).repeat(3);
            int end = text.indexOf(fence, position + 3);
            position = end < 0 ? length : end + 3;
            add(start, "string");
            return;
        }
        boolean multiline = quote == '`' || rules.multilineStrings();
        boolean escapes = rules.rawQuotes().indexOf(quote) < 0;
        boolean doubled = rules.doubledQuotes().indexOf(quote) >= 0;
        position++;
        while (position < length) {
            char c = text.charAt(position);
            if (c == '\\' && escapes && position + 1 < length && text.charAt(position + 1) != '\n') {
                position += 2;
            } else if (c == quote && doubled && peek(1) == quote) {
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
        while (position < length && wordPart(text.charAt(position))) {
            position++;
        }
        String word = text.substring(start, position);
        char next = position < length ? text.charAt(position) : 0;
        if ((next == '"' || next == '\'') && rules.quotes().indexOf(next) >= 0 && isStringPrefix(word)) {
            string(start, next);
            tokens.set(tokens.size() - 1, new Token(start, position, "string"));
            return;
        }
        if (rules.meta() == SyntaxRules.Meta.RUST && next == '!' && peek(1) != '=') {
            position++;
            add(start, "meta");
            return;
        }
        if (rules.isKeyword(word)) {
            add(start, "keyword");
        } else if (rules.isType(word)) {
            add(start, "type");
        } else if (isVariable(word)) {
            add(start, "meta");
        } else if (word.length() > 1 && (word.charAt(0) == '-' || word.charAt(0) == '+')
                && Character.isDigit(word.charAt(1))) {
            add(start, "number"); // a Lisp number with its sign, read as one symbol
        }
    }

    /** Prolog's and Erlang's variables start with a capital or an underscore. */
    private boolean isVariable(String word) {
        boolean logic = rules.meta() == SyntaxRules.Meta.PROLOG || rules.meta() == SyntaxRules.Meta.ERLANG;
        return logic && (Character.isUpperCase(word.charAt(0)) || word.charAt(0) == '_');
    }

    private boolean isStringPrefix(String word) {
        if (rules.meta() == SyntaxRules.Meta.RUST) {
            return word.equals("b") || word.equals("r") || word.equals("br");
        }
        if (rules.tripleQuotes() && rules.blockComments().isEmpty()) {
            // Python: r"", b'', f"", rb"", ...
            return word.length() <= 2 && word.chars().allMatch(ch -> "rRbBfFuU".indexOf(ch) >= 0);
        }
        // C and C++: L"", u8"", R"(...)"; elsewhere a name before a quote is a name (Ada's L'Length).
        return rules.meta() == SyntaxRules.Meta.PREPROCESSOR && (word.equals("L") || word.equals("u8")
                || word.equals("u") || word.equals("U") || word.equals("R"));
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

    /** Handles a family's own constructs (annotations, preprocessor lines, variables, ...); false if none is here. */
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
                    skipBlanks();
                    while (position < length && Character.isLetter(text.charAt(position))) {
                        position++;
                    }
                    int save = position;
                    skipBlanks();
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
                        skipName();
                    }
                    if (position > start + 1) {
                        add(start, "meta");
                    }
                    return true;
                }
            }
            case LISP -> {
                return lispMeta(c, start);
            }
            case PROLOG -> {
                if (c == '0' && peek(1) == '\'' && peek(2) != 0 && peek(2) != '\n') {
                    // 0'c, 0'\n, 0''' (a quote): a character code.
                    position += peek(2) == '\\' || (peek(2) == '\'' && peek(3) == '\'') ? 4 : 3;
                    add(start, "number");
                    return true;
                }
            }
            case ERLANG -> {
                return erlangMeta(c, start);
            }
            case PASCAL -> {
                return pascalMeta(c, start);
            }
            case ADA -> {
                char before = start == 0 ? ' ' : text.charAt(start - 1);
                if (c == '\'' && (Character.isLetterOrDigit(before) || before == '_' || before == ')')
                        && Character.isLetter(peek(1)) && peek(2) != '\'') {
                    position++;
                    skipName();
                    add(start, "meta"); // X'First, Integer'Image
                    return true;
                }
            }
            default -> {
                return false;
            }
        }
        return false;
    }

    private boolean lispMeta(char c, int start) {
        if (c == '#' && peek(1) == '\\' && peek(2) != 0) {
            // #\a, #\(, #\Space: a character
            position += 3;
            while (position < length && Character.isLetterOrDigit(text.charAt(position))) {
                position++;
            }
            add(start, "string");
            return true;
        }
        if ((c == ':' || (c == '#' && peek(1) == '\'')) && wordStart(peek(c == ':' ? 1 : 2))) {
            position += c == ':' ? 1 : 2;
            while (position < length && wordPart(text.charAt(position))) {
                position++;
            }
            add(start, "meta"); // :keyword, #'function
            return true;
        }
        return false;
    }

    private boolean erlangMeta(char c, int start) {
        if (c == '$' && peek(1) != 0 && peek(1) != '\n') {
            position += peek(1) == '\\' && peek(2) != 0 ? 3 : 2;
            add(start, "string"); // $a, $\n, $%: a character
            return true;
        }
        if ((c == '?' || (c == '-' && onlyBlanksBefore(start))) && Character.isLetter(peek(1))) {
            position++;
            skipName();
            add(start, "meta"); // -module, -export, ?MODULE
            return true;
        }
        return false;
    }

    private boolean pascalMeta(char c, int start) {
        if ((c == '{' && peek(1) == '$') || (c == '(' && peek(1) == '*' && peek(2) == '$')) {
            String close = c == '{' ? "}" : "*)";
            int end = text.indexOf(close, position);
            position = end < 0 ? length : end + close.length();
            add(start, "meta"); // {$mode objfpc}
            return true;
        }
        if ((c == '#' || c == '$') && Character.isLetterOrDigit(peek(1))) {
            position++;
            while (position < length && Character.isLetterOrDigit(text.charAt(position))) {
                position++;
            }
            add(start, c == '#' ? "string" : "number"); // #13 is a character, $FF a number
            return true;
        }
        return false;
    }

    /** Moves past letters, digits and underscores (a variable's or attribute's name). */
    private void skipName() {
        while (position < length && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
    }

    private void skipBlanks() {
        while (position < length && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
    }

    private boolean onlyBlanksAfter(int index) {
        for (int i = index; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
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
