package org.labjudge.app.ui.run;

/** One compiler (or interpreter syntax) message pinned to a 1-based line; {@code column} is 0 when unknown. */
public record CompilerMessage(int line, int column, String text) {

    @Override
    public String toString() {
        return "line " + line + (column > 0 ? ", column " + column : "") + ": " + text;
    }
}
