package org.labjudge.app.ui.run;

/**
 * One row of a side-by-side diff: a line of the expected output and/or of the actual output, with 1-based
 * line numbers (0 when that side has no line in this row).
 */
public record DiffLine(int expectedNumber, String expected, int actualNumber, String actual, Kind kind) {

    /** How the two sides of a row relate. */
    public enum Kind {
        SAME,
        CHANGED,
        /** Only in the expected output. */
        MISSING,
        /** Only in the actual output. */
        EXTRA
    }
}
