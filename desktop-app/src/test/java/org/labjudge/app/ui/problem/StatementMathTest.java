package org.labjudge.app.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.problem.StatementMath.Piece;

/** Formulas are taken out of a statement before Markdown sees them, and come back in place. */
class StatementMathTest {

    private static List<Piece> piecesOf(String markdown) {
        StatementMath.Extracted extracted = StatementMath.extract(markdown);
        return StatementMath.pieces(extracted.markdown(), extracted.formulas());
    }

    @Test
    void inlineAndDisplayFormulasComeBackInPlaceWithTheirTexUntouched() {
        assertThat(piecesOf("Print $\\frac{a}{b}$ for $a_1 * b_2$:\n$$\\sum_{i=1}^{n} x_i$$"))
                .containsExactly(new Piece.Text("Print "), new Piece.Math("\\frac{a}{b}", false),
                        new Piece.Text(" for "), new Piece.Math("a_1 * b_2", false), new Piece.Text(":\n"),
                        new Piece.Math("\\sum_{i=1}^{n} x_i", true));
    }

    @Test
    void markdownNeverSeesTheFormulaSoUnderscoresAndEscapesStayTex() {
        StatementMath.Extracted extracted = StatementMath.extract("$a_i$ and $b_i$, $\\{x\\}$");
        assertThat(extracted.markdown()).doesNotContain("_", "\\{");
        assertThat(extracted.formulas()).containsExactly(new Piece.Math("a_i", false),
                new Piece.Math("b_i", false), new Piece.Math("\\{x\\}", false));
    }

    @Test
    void anEscapedDollarAndDollarsInCodeAreNotMath() {
        StatementMath.Extracted extracted = StatementMath.extract(
                "It costs \\$5, see `echo $HOME`.\n\n```\nprice=$1 $2\n```\n");
        assertThat(extracted.formulas()).isEmpty();
        assertThat(extracted.markdown()).isEqualTo("It costs \\$5, see `echo $HOME`.\n\n```\nprice=$1 $2\n```\n");
    }

    @Test
    void aDollarNeverClosedInItsParagraphIsBrokenAndTheRestIsText() {
        assertThat(piecesOf("Costs $5 today.\n\nThen $x$."))
                .containsExactly(new Piece.Text("Costs "),
                        new Piece.Broken("$", "no closing $ in this paragraph"), new Piece.Text("5 today.\n\nThen "),
                        new Piece.Math("x", false), new Piece.Text("."));
    }

    @Test
    void anEmptyOrMissingStatementHasNoFormulas() {
        assertThat(StatementMath.extract(null).markdown()).isEmpty();
        assertThat(piecesOf("")).isEmpty();
    }
}
