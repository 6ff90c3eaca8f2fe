package org.labjudge.app.ui.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labjudge.protocol.CompileResult;

/**
 * Finds file-, line- and column-numbered messages in what the compilers and syntax checkers of the node's language
 * table print (each format checked on output captured from a real node, {@code CompilerMessagesTest}):
 * <ul>
 * <li>{@code file:line:col: text}: gcc, g++, gdc, go, gnatmake, erlc, kotlinc, ruby, luac, Rscript, swipl, javac
 * (no column), ghc ({@code file:line:col-col:}); gfortran and node print the text on a later line;</li>
 * <li>{@code file(line,col): text}: mcs, fpc, tsc;</li>
 * <li>rustc's {@code --> file:line:col} under its message, Scala 3's {@code -- [E006] Kind: file:line:col ---};</li>
 * <li>{@code File "file", line N[, characters a-b]:}: Python, PyPy, OCaml, the text on a later line;</li>
 * <li>bash's {@code file: line N: text}, perl's {@code text at file line N}, php's {@code text in file on line N}.</li>
 * </ul>
 * A message's file is the name as the compiler printed it without its folder ({@code ./util.go}, {@code /box/main.js}
 * are {@code util.go}, {@code main.js}).
 */
public final class CompilerMessages {

    /** A file name with an extension: {@code util.h}, {@code a_helper.f90}, {@code ./x/Main.java}. */
    private static final String PATH = "((?:[^\\s:()\"'`]*/)?[\\w.+-]*\\w\\.[A-Za-z][A-Za-z0-9+]{0,5})";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    /** Anything before the place ends with ": " ({@code luac5.4: }, {@code ERROR: }, R's {@code Error in ... : }). */
    private static final Pattern COLON = Pattern.compile(
            "^(.*?:\\s+)??" + PATH + ":(\\d+)(?::(\\d+)(?:-\\d+)?)?(?::\\s*(.*)|\\s*)$");
    private static final Pattern PARENS = Pattern.compile("^" + PATH + "\\((\\d+)(?:,(\\d+))?\\):?\\s*(.*)$");
    private static final Pattern RUST_ARROW = Pattern.compile("^\\s*-->\\s*" + PATH + ":(\\d+):(\\d+)");
    private static final Pattern SCALA = Pattern.compile("^-- (?:\\[E\\d+\\] )?([\\w ]*?): " + PATH + ":(\\d+):(\\d+) -+$");
    private static final Pattern FILE_LINE = Pattern.compile(
            "^\\s*File \"" + PATH + "\", line (\\d+)(?:, characters (\\d+)-\\d+)?");
    private static final Pattern BASH = Pattern.compile("^" + PATH + ": line (\\d+): (.*)$");
    private static final Pattern PERL = Pattern.compile("^(.*) at " + PATH + " line (\\d+)[,.].*$");
    private static final Pattern PHP = Pattern.compile("^(?:PHP )?(.*) in " + PATH + " on line (\\d+)$");
    /** A line of the source a compiler quotes under its message: {@code 3 | ...}, {@code   |   ^}, erlc's {@code %  7| }. */
    private static final Pattern EXCERPT = Pattern.compile("^\\s*(?:%\\s*)?\\d*\\s*\\|.*$");
    /** How far below its place a message's text may be. */
    private static final int TEXT_LOOKAHEAD = 6;

    private CompilerMessages() {
    }

    /** What a compilation printed, stderr first: what the compile errors pane shows and {@link #of} reads. */
    public static String output(CompileResult compile) {
        return compile == null ? "" : (compile.stderr() + "\n" + compile.stdout()).strip();
    }

    /** The messages of a compilation (a failed one's errors, or a successful one's warnings). */
    public static List<CompilerMessage> of(CompileResult compile) {
        return parse(output(compile));
    }

    /** The messages in {@code output}, in order of appearance, without duplicates. */
    public static List<CompilerMessage> parse(String output) {
        if (output == null || output.isBlank()) {
            return List.of();
        }
        String[] lines = ANSI.matcher(output).replaceAll("").split("\r?\n", -1);
        Set<CompilerMessage> found = new LinkedHashSet<>();
        for (int i = 0; i < lines.length; i++) {
            CompilerMessage message = at(lines, i);
            if (message != null && !message.text().startsWith("note:") && !isSummary(message.text())) {
                found.add(message);
            }
        }
        return List.copyOf(new ArrayList<>(found));
    }

    /** The message whose place is on line {@code i}, if there is one. */
    private static CompilerMessage at(String[] lines, int i) {
        String line = lines[i];
        if (line.startsWith("In file included from") || line.startsWith("                 from ")) {
            return null;
        }
        Matcher m = RUST_ARROW.matcher(line);
        if (m.find()) {
            return message(m.group(1), m.group(2), m.group(3), i > 0 ? lines[i - 1].strip() : "error");
        }
        m = SCALA.matcher(line);
        if (m.matches()) {
            String kind = m.group(1).toLowerCase(java.util.Locale.ROOT).contains("warning") ? "warning" : "error";
            return message(m.group(2), m.group(3), m.group(4), kind + ": " + scalaText(lines, i, m.group(1)));
        }
        m = FILE_LINE.matcher(line);
        if (m.find()) {
            String column = m.group(3) == null ? null : String.valueOf(Integer.parseInt(m.group(3)) + 1);
            return message(m.group(1), m.group(2), column, textBelow(lines, i));
        }
        m = BASH.matcher(line);
        if (m.matches()) {
            // bash repeats the line it stopped at, quoted, under its message: not a message of its own
            return m.group(3).startsWith("`") ? null : message(m.group(1), m.group(2), null, m.group(3));
        }
        m = PHP.matcher(line);
        if (m.matches()) {
            return message(m.group(2), m.group(3), null, m.group(1));
        }
        m = PERL.matcher(line);
        if (m.matches()) {
            return message(m.group(2), m.group(3), null, m.group(1));
        }
        m = PARENS.matcher(line);
        if (m.matches()) {
            return message(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        m = COLON.matcher(line);
        if (m.matches()) {
            String text = m.group(5) == null || m.group(5).isBlank() ? textBelow(lines, i) : m.group(5);
            String before = m.group(1) == null ? "" : m.group(1);
            if (before.toLowerCase(java.util.Locale.ROOT).contains("warning") && !isWarning(text)) {
                text = "warning: " + text; // swipl's "Warning: file:3:" keeps its severity
            }
            return message(m.group(2), m.group(3), m.group(4), text);
        }
        return null;
    }

    private static CompilerMessage message(String path, String line, String column, String text) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return new CompilerMessage(file, Integer.parseInt(line), column == null ? 0 : Integer.parseInt(column),
                text.strip());
    }

    /**
     * The text of a message whose place stands on a line of its own (gfortran, node, Python, OCaml): the first
     * line below it that is not quoted source, a caret or indented; "error" when another place comes first.
     */
    private static String textBelow(String[] lines, int i) {
        for (int j = i + 1; j < lines.length && j <= i + TEXT_LOOKAHEAD; j++) {
            String line = lines[j];
            if (line.isBlank() || EXCERPT.matcher(line).matches() || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            return at(lines, j) == null ? line : "error";
        }
        return "error";
    }

    /** Scala 3 writes the message under the quoted source, after the {@code |} of the caret line. */
    private static String scalaText(String[] lines, int i, String kind) {
        boolean caret = false;
        for (int j = i + 1; j < lines.length && j <= i + TEXT_LOOKAHEAD; j++) {
            int bar = lines[j].indexOf('|');
            String after = bar < 0 ? "" : lines[j].substring(bar + 1).strip();
            if (after.startsWith("^")) {
                caret = true;
            } else if (caret && !after.isEmpty()) {
                return after;
            }
        }
        return kind;
    }

    private static boolean isWarning(String text) {
        return text.regionMatches(true, 0, "warning", 0, "warning".length());
    }

    /** fpc's closing "Fatal: There were 1 errors compiling module" points at the unit's end, not at a mistake. */
    private static boolean isSummary(String text) {
        return text.startsWith("Fatal: There were");
    }
}
