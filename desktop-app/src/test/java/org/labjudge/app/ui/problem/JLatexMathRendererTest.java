package org.labjudge.app.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.problem.FormulaRenderer.FormulaImage;

/** JLaTeXMath typesets a statement's formulas to pixels without a window. */
class JLatexMathRendererTest {

    private static final int BLUE = 0xff0000ff;
    private final JLatexMathRenderer renderer = new JLatexMathRenderer();

    @Test
    void aFractionIsTallerThanALetterAndDrawnInTheTextColour() throws Exception {
        FormulaImage letter = renderer.render("a", false, BLUE, 16);
        FormulaImage fraction = renderer.render("\\frac{a}{b}", false, BLUE, 16);

        assertThat(fraction.height()).isGreaterThan(letter.height() * 3 / 2);
        assertThat(fraction.depth()).isPositive();
        assertThat(Arrays.stream(fraction.argb()).filter(p -> (p >>> 24) >= 0x80).count())
                .as("strokes, not a blank image").isGreaterThan(10);
        assertThat(Arrays.stream(fraction.argb()).filter(p -> (p >>> 24) != 0))
                .as("drawn in the text colour only (antialiasing varies its alpha)")
                .allMatch(p -> (p & 0xffffff) == (BLUE & 0xffffff));
    }

    @Test
    void displayStyleIsLargerThanInlineStyle() throws Exception {
        FormulaImage inline = renderer.render("\\sum_{i=1}^{n} i", false, BLUE, 16);
        FormulaImage display = renderer.render("\\sum_{i=1}^{n} i", true, BLUE, 16);

        assertThat(display.height()).isGreaterThan(inline.height());
    }

    @Test
    void anUnknownMacroIsAFormulaExceptionNamingIt() {
        assertThatThrownBy(() -> renderer.render("x \\nosuchmacro{x}", false, BLUE, 16))
                .isInstanceOf(FormulaRenderer.FormulaException.class).hasMessageContaining("nosuchmacro");
    }
}
