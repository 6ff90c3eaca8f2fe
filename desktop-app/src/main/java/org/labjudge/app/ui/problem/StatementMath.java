package org.labjudge.app.ui.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the math out of a Markdown statement before it is parsed, so that Markdown's own rules (a {@code _}
 * starts emphasis, {@code \{} is an escape) never touch a formula. Each {@code $...$} or {@code $$...$$} becomes
 * a placeholder that {@link #pieces} turns back into a {@link Piece.Math}; a {@code $} that is never closed in its
 * paragraph becomes a {@link Piece.Broken} so that it is shown as written, with a marker. Code spans and fenced
 * code are left alone; {@code \$} is a dollar sign.
 */
final class StatementMath {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    /** The Markdown with placeholders, and what each placeholder stands for. */
    record Extracted(String markdown, List<Piece> formulas) {
        Extracted {
            formulas = List.copyOf(formulas);
        }
    }

    /** A part of a text run: plain text, a formula, or source shown as written because it is broken. */
    sealed interface Piece {
        record Text(String text) implements Piece {
        }

        record Math(String tex, boolean display) implements Piece {
        }

        record Broken(String source, String reason) implements Piece {
        }
    }

    private StatementMath() {
    }

    static Extracted extract(String markdown) {
        String s = markdown == null ? "" : markdown.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder();
        List<Piece> formulas = new ArrayList<>();
        boolean fenced = false;
        int i = 0;
        while (i < s.length()) {
            boolean lineStart = i == 0 || s.charAt(i - 1) == '\n';
            if (lineStart && isFence(s, i)) {
                fenced = !fenced;
            }
            if (fenced) {
                int end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end + 1;
                out.append(s, i, end);
                i = end;
                continue;
            }
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(s, i, i + 2);
                i += 2;
            } else if (c == '`') {
                i = codeSpan(s, i, out);
            } else if (c == '$') {
                boolean display = s.startsWith("$$", i);
                String delimiter = display ? "$$" : "$";
                int from = i + delimiter.length();
                int close = closing(s, from, delimiter);
                if (close < 0) {
                    formulas.add(new Piece.Broken(delimiter, "no closing " + delimiter + " in this paragraph"));
                    i = from;
                } else {
                    formulas.add(new Piece.Math(s.substring(from, close).strip(), display));
                    i = close + delimiter.length();
                }
                out.append(OPEN).append(formulas.size() - 1).append(CLOSE);
            } else {
                out.append(c);
                i++;
            }
        }
        return new Extracted(out.toString(), formulas);
    }

    /** Splits a text literal of the parsed Markdown into text and the formulas its placeholders stand for. */
    static List<Piece> pieces(String literal, List<Piece> formulas) {
        List<Piece> pieces = new ArrayList<>();
        int last = 0;
        int open;
        while ((open = literal.indexOf(OPEN, last)) >= 0) {
            int close = literal.indexOf(CLOSE, open);
            if (close < 0) {
                break;
            }
            if (open > last) {
                pieces.add(new Piece.Text(literal.substring(last, open)));
            }
            pieces.add(formulas.get(Integer.parseInt(literal.substring(open + 1, close))));
            last = close + 1;
        }
        if (last < literal.length()) {
            pieces.add(new Piece.Text(literal.substring(last)));
        }
        return pieces;
    }

    private static boolean isFence(String s, int lineStart) {
        int i = lineStart;
        while (i < s.length() && i - lineStart < 3 && s.charAt(i) == ' ') {
            i++;
        }
        return s.startsWith("```", i) || s.startsWith("~~~", i);
    }

    /** Copies a code span (or a lone run of backticks) unchanged; returns where the text continues. */
    private static int codeSpan(String s, int start, StringBuilder out) {
        int run = start;
        while (run < s.length() && s.charAt(run) == '`') {
            run++;
        }
        String ticks = s.substring(start, run);
        int close = s.indexOf(ticks, run);
        int end = close < 0 ? run : close + ticks.length();
        out.append(s, start, end);
        return end;
    }

    /** Where {@code delimiter} closes a formula begun at {@code from}, not past a blank line; -1 if it does not. */
    private static int closing(String s, int from, String delimiter) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n' && s.startsWith("\n", i + 1)) {
                return -1;
            } else if (s.startsWith(delimiter, i)) {
                return i == from ? -1 : i;
            }
        }
        return -1;
    }
}
