package org.labjudge.app.ui.problem;

/** Typesets one formula (the TeX between the dollars) to pixels. Called off the FX thread. */
interface FormulaRenderer {

    /**
     * @param argb  the text colour, ARGB
     * @param size  the font size in pixels
     * @throws FormulaException when the TeX cannot be typeset (an unknown macro; JLaTeXMath is lenient with braces)
     */
    FormulaImage render(String tex, boolean display, int argb, float size) throws FormulaException;

    /**
     * Pixels, ARGB row by row; {@code depth} is how far the formula reaches below the text's baseline.
     */
    record FormulaImage(int width, int height, int depth, int[] argb) {
    }

    final class FormulaException extends Exception {
        FormulaException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
