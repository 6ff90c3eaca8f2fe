package org.labjudge.app.ui.run;

/** One compiler (or interpreter syntax) message pinned to a 1-based line; {@code column} is 0 when unknown. */
public record CompilerMessage(int line, int column, String text) {

    /** gcc, clang, javac and rustc open a warning's text with "warning" (an error's with "error" or nothing). */
    public boolean isWarning() {
        return text.regionMatches(true, 0, "warning", 0, "warning".length());
    }

    @Override
    public String toString() {
        return "line " + line + (column > 0 ? ", column " + column : "") + ": " + text;
    }
}
