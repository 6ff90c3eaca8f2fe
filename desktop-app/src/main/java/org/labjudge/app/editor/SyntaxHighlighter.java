package org.labjudge.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns source text into style spans. Pure and thread-safe: it runs on a background thread, so a long file
 * never stalls typing; {@link AsyncHighlighting} applies the result on the UI thread.
 */
public final class SyntaxHighlighter {

    /** One shared style list per token kind; spans compare styles with equals, so sharing is safe. */
    private static final Map<String, List<String>> STYLES = Map.of(
            "comment", List.of("comment"), "string", List.of("string"), "meta", List.of("meta"),
            "keyword", List.of("keyword"), "type", List.of("type"), "number", List.of("number"));

    private SyntaxHighlighter() {
    }

    /** The highlighted runs of {@code text}, in order, not overlapping. */
    public static List<Token> tokens(String text, Language language) {
        return Lexer.tokens(text, language);
    }

    /** One {@link StyleSpans} per paragraph (line) of {@code text}, each as long as its paragraph. */
    public static List<StyleSpans<Collection<String>>> paragraphSpans(String text, Language language) {
        List<Token> tokens = tokens(text, language);
        List<StyleSpans<Collection<String>>> paragraphs = new ArrayList<>();
        int tokenIndex = 0;
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            while (tokenIndex < tokens.size() && tokens.get(tokenIndex).end() <= start) {
                tokenIndex++;
            }
            paragraphs.add(spansOf(tokens, tokenIndex, start, end));
            if (newline < 0) {
                return paragraphs;
            }
            start = newline + 1;
        }
    }

    private static StyleSpans<Collection<String>> spansOf(List<Token> tokens, int fromToken, int start, int end) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int position = start;
        for (int i = fromToken; i < tokens.size() && tokens.get(i).start() < end; i++) {
            Token token = tokens.get(i);
            int from = Math.max(token.start(), start);
            int to = Math.min(token.end(), end);
            if (from > position) {
                builder.add(List.of(), from - position);
            }
            if (to > from) {
                builder.add(STYLES.getOrDefault(token.styleClass(), List.of(token.styleClass())), to - from);
                position = to;
            }
        }
        builder.add(List.of(), end - position);
        return builder.create();
    }
}
