package org.labjudge.problem;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a LaTeX problem statement readable as Markdown when a package has no Markdown statement: sections
 * become headings, emphasis and lists become Markdown, figures and layout commands are dropped, and math
 * ({@code $...$}) is kept as it is. Not a LaTeX renderer: unknown commands keep their argument's text.
 */
final class LatexText {

    private static final Pattern PROBLEM_NAME = Pattern.compile("\\\\problemname\\s*\\{");
    private static final Pattern VERBATIM = Pattern.compile("\\\\begin\\{verbatim}\\n?(.*?)\\\\end\\{verbatim}",
            Pattern.DOTALL);
    /** $$..$$, $..$, \[..\], \(..\) */
    private static final Pattern MATH = Pattern.compile(
            "\\$\\$.*?\\$\\$|(?<!\\\\)\\$.*?(?<!\\\\)\\$|\\\\\\[.*?\\\\]|\\\\\\(.*?\\\\\\)", Pattern.DOTALL);
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)\\*?");

    /** Commands whose arguments are dropped with them. */
    private static final Set<String> DROPPED = Set.of("problemname", "label", "ref", "vspace", "hspace", "newcommand", "renewcommand", "usepackage",
            "documentclass", "input", "caption", "centering", "noindent", "medskip", "bigskip", "smallskip",
            "newline", "clearpage", "newpage", "maketitle", "sampletable", "sampleinput", "sampleoutput");
    /** Commands replaced by Markdown around their (first) argument. */
    private static final Map<String, String[]> WRAPPED = Map.ofEntries(
            Map.entry("section", new String[] {"\n## ", "\n"}),
            Map.entry("subsection", new String[] {"\n### ", "\n"}),
            Map.entry("subsubsection", new String[] {"\n#### ", "\n"}),
            Map.entry("paragraph", new String[] {"**", "** "}),
            Map.entry("textbf", new String[] {"**", "**"}),
            Map.entry("emph", new String[] {"*", "*"}),
            Map.entry("textit", new String[] {"*", "*"}),
            Map.entry("texttt", new String[] {"`", "`"}),
            Map.entry("url", new String[] {"<", ">"}));
    /** Argument-less commands and their text. */
    private static final Map<String, String> SYMBOLS = Map.of("ldots", "…", "dots", "…", "LaTeX", "LaTeX",
            "TeX", "TeX", "item", "\n- ", "qquad", " ", "quad", " ");

    private LatexText() {
    }

    /** The argument of {@code \problemname{...}}, or {@code null}. */
    static String problemName(String latex) {
        Matcher m = PROBLEM_NAME.matcher(latex);
        if (!m.find()) {
            return null;
        }
        int close = matchingBrace(latex, m.end() - 1);
        return close < 0 ? null : plain(latex.substring(m.end(), close)).strip();
    }

    static String toMarkdown(String latex) {
        String text = stripComments(latex.replace("\r\n", "\n"));
        text = text.replaceAll("\\\\begin\\{document}|\\\\end\\{document}", "");
        StringBuilder out = new StringBuilder();
        Matcher verbatim = VERBATIM.matcher(text);
        int last = 0;
        while (verbatim.find()) {
            out.append(withoutMath(text.substring(last, verbatim.start())));
            out.append("\n```\n").append(verbatim.group(1).stripTrailing()).append("\n```\n");
            last = verbatim.end();
        }
        out.append(withoutMath(text.substring(last)));
        return out.toString()
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n+(?=- )", "\n") // list items on consecutive lines
                .replaceAll("\\n{3,}", "\n\n")
                .strip() + "\n";
    }

    private static String stripComments(String text) {
        return text.replaceAll("(?m)(?<!\\\\)%.*$", "");
    }

    /** Converts the text between math parts; math is copied unchanged. */
    private static String withoutMath(String text) {
        StringBuilder out = new StringBuilder();
        Matcher math = MATH.matcher(text);
        int last = 0;
        while (math.find()) {
            out.append(plain(text.substring(last, math.start())));
            out.append(math.group());
            last = math.end();
        }
        out.append(plain(text.substring(last)));
        return out.toString();
    }

    /** Text mode: commands, environments and special characters. */
    private static String plain(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i = command(text, i, out);
            } else if (c == '{' || c == '}') {
                i++;
            } else if (c == '~') {
                out.append(' ');
                i++;
            } else if (text.startsWith("``", i) || text.startsWith("''", i)) {
                out.append('"');
                i += 2;
            } else if (text.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (text.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Handles the command starting at {@code start} (a backslash); returns where the text continues. */
    private static int command(String text, int start, StringBuilder out) {
        if (start + 1 >= text.length()) {
            return start + 1;
        }
        char next = text.charAt(start + 1);
        if (next == '\\') {
            out.append('\n');
            return start + 2;
        }
        if ("%&_#$ {}".indexOf(next) >= 0) {
            out.append(next);
            return start + 2;
        }
        Matcher m = COMMAND.matcher(text).region(start, text.length());
        if (!m.lookingAt()) {
            return start + 1;
        }
        String name = m.group(1);
        int end = m.end();
        if (name.equals("begin") || name.equals("end")) {
            int close = argumentEnd(text, end);
            String environment = close < 0 ? "" : text.substring(skipSpace(text, end) + 1, close - 1);
            if (name.equals("begin") && (environment.equals("itemize") || environment.equals("enumerate"))) {
                out.append('\n');
            }
            return close < 0 ? end : close;
        }
        if (name.equals("includegraphics") || name.equals("illustration")) {
            return image(text, end, name.equals("illustration") ? 1 : 0, out);
        }
        if (DROPPED.contains(name)) {
            int after = end;
            int next2;
            while ((next2 = argumentEnd(text, after)) >= 0) {
                after = next2;
            }
            return after;
        }
        String[] wrap = WRAPPED.get(name);
        if (wrap != null) {
            int close = argumentEnd(text, end);
            if (close < 0) {
                return end;
            }
            String inner = text.substring(skipSpace(text, end) + 1, close - 1);
            out.append(wrap[0]).append(withoutMath(inner).strip()).append(wrap[1]);
            return close;
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
            return name.equals("item") ? skipSpace(text, end) : end;
        }
        // Unknown command: keep its argument's text, if it has one.
        return end;
    }

    /**
     * {@code \includegraphics[opts]{file}} or Kattis's {@code \illustration{width}{file}{caption}} as a Markdown
     * image of the file (the viewer finds it beside the statement); {@code skip} arguments come before the file.
     */
    private static int image(String text, int from, int skip, StringBuilder out) {
        int at = skipSpace(text, from);
        if (at < text.length() && text.charAt(at) == '[') {
            int close = text.indexOf(']', at);
            at = close < 0 ? at : close + 1;
        }
        for (int i = 0; i < skip; i++) {
            int next = argumentEnd(text, at);
            if (next < 0) {
                return at;
            }
            at = next;
        }
        int close = argumentEnd(text, at);
        if (close < 0) {
            return at;
        }
        String file = text.substring(skipSpace(text, at) + 1, close - 1).strip();
        out.append("\n![](").append(file).append(")\n");
        int after = close;
        int next;
        while ((next = argumentEnd(text, after)) >= 0) {
            after = next;
        }
        return after;
    }

    /** If a {@code {...}} argument starts at {@code from} (after spaces), the index after its closing brace. */
    private static int argumentEnd(String text, int from) {
        int open = skipSpace(text, from);
        if (open >= text.length() || text.charAt(open) != '{') {
            return -1;
        }
        int close = matchingBrace(text, open);
        return close < 0 ? -1 : close + 1;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
