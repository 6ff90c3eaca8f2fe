package org.labjudge.app.ui.run;

/**
 * One compiler (or interpreter syntax) message pinned to a 1-based line of {@code file} (the name the compiler
 * printed, without its folder; empty when it named none, or when the run had one source and it is about that one);
 * {@code column} is 0 when unknown.
 */
public record CompilerMessage(String file, int line, int column, String text) {

    public CompilerMessage {
        file = file == null ? "" : file;
    }

    /** A message about the run's only source. */
    public CompilerMessage(int line, int column, String text) {
        this("", line, column, text);
    }

    /** gcc, clang, javac and rustc open a warning's text with "warning" (an error's with "error" or nothing). */
    public boolean isWarning() {
        return text.regionMatches(true, 0, "warning", 0, "warning".length());
    }

    /** The same message, said of the run's only source. */
    public CompilerMessage aboutTheSource() {
        return new CompilerMessage("", line, column, text);
    }

    @Override
    public String toString() {
        return (file.isEmpty() ? "" : file + ", ") + "line " + line + (column > 0 ? ", column " + column : "")
                + ": " + text;
    }
}
