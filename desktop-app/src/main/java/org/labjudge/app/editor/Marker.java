package org.labjudge.app.editor;

/**
 * A message pinned to the code (a compiler's error or warning): 1-based {@code line}, 1-based {@code column}
 * (0 when the message names only the line), and the text shown on hover.
 */
public record Marker(int line, int column, Severity severity, String text) {

    /** How the mark looks: a red or an amber underline. */
    public enum Severity {
        ERROR("mark-error"), WARNING("mark-warning");

        private final String styleClass;

        Severity(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The style class of the marked characters (code.css). */
        public String styleClass() {
            return styleClass;
        }
    }
}
