package org.labjudge.app.editor;

/** A highlighted run of text {@code [start, end)} and the style class that colours it. */
public record Token(int start, int end, String styleClass) {
}
