package org.labjudge.app.ui.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labjudge.protocol.CompileResult;

/**
 * Finds line-numbered messages in compiler output: gcc/clang and go ({@code main.c:3:5: error: ...}), javac
 * ({@code Main.java:3: error: ...}), rustc ({@code --> main.rs:3:5} under its message), Python
 * ({@code File "main.py", line 3}) and bash ({@code main.sh: line 3: ...}).
 */
public final class CompilerMessages {

    private static final Pattern FILE_LINE_COL = Pattern.compile(
            "(?m)^(?:.*?[/\\\\])?[\\w.-]+\\.(?:c|cc|cpp|cxx|h|hpp|java|go|js|rs|py|sh):(\\d+)(?::(\\d+))?:?\\s*(.*)$");
    private static final Pattern RUST_ARROW = Pattern.compile("(?m)^\\s*-->\\s*[^:\\n]+:(\\d+):(\\d+)");
    private static final Pattern PYTHON = Pattern.compile("(?m)^\\s*File \"[^\"]*\", line (\\d+)");
    private static final Pattern BASH = Pattern.compile("(?m)^[^:\\n]*\\.sh: line (\\d+): (.*)$");

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
        Set<CompilerMessage> found = new LinkedHashSet<>();
        String[] lines = output.split("\n", -1);
        Matcher rust = RUST_ARROW.matcher(output);
        while (rust.find()) {
            found.add(new CompilerMessage(Integer.parseInt(rust.group(1)), Integer.parseInt(rust.group(2)),
                    rustHeadline(output, rust.start())));
        }
        Matcher python = PYTHON.matcher(output);
        while (python.find()) {
            found.add(new CompilerMessage(Integer.parseInt(python.group(1)), 0, lastLine(lines)));
        }
        Matcher bash = BASH.matcher(output);
        while (bash.find()) {
            found.add(new CompilerMessage(Integer.parseInt(bash.group(1)), 0, bash.group(2).strip()));
        }
        Matcher generic = FILE_LINE_COL.matcher(output);
        while (generic.find()) {
            String text = generic.group(3).strip();
            if (text.isEmpty() || text.startsWith("In function") || text.startsWith("note:")) {
                continue;
            }
            int column = generic.group(2) == null ? 0 : Integer.parseInt(generic.group(2));
            found.add(new CompilerMessage(Integer.parseInt(generic.group(1)), column, text));
        }
        List<CompilerMessage> messages = new ArrayList<>(found);
        return List.copyOf(messages);
    }

    /** rustc writes {@code error[E0308]: mismatched types} on the line before the arrow. */
    private static String rustHeadline(String output, int arrowStart) {
        int end = output.lastIndexOf('\n', Math.max(0, arrowStart - 1));
        if (end <= 0) {
            return "error";
        }
        int start = output.lastIndexOf('\n', end - 1) + 1;
        return output.substring(start, end).strip();
    }

    private static String lastLine(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "error";
    }
}
