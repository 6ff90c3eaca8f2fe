package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code :} and Backspace do to indentation, without a window. */
class IndentKeysTest {

    @Test
    void pythonsElseAtTheBodysIndentGoesBackToItsIf() {
        assertThat(Indentation.afterColon("    else:", "    x = 1", TestLanguages.PYTHON)).isEmpty();
        assertThat(Indentation.afterColon("        elif y > 2:", "        y += 1", TestLanguages.PYTHON))
                .isEqualTo("    ");
        assertThat(Indentation.afterColon("    except ValueError as e:", "    n = int(s)", TestLanguages.PYTHON))
                .isEmpty();
        assertThat(Indentation.afterColon("    finally:", "    pass", TestLanguages.PYTHON)).isEmpty();
    }

    @Test
    void aClauseAlreadyAtItsPlaceOrAnotherLineKeepsItsIndent() {
        assertThat(Indentation.afterColon("else:", "    x = 1", TestLanguages.PYTHON)).isEmpty();
        assertThat(Indentation.afterColon("    else:", "        y = 2", TestLanguages.PYTHON)).isEqualTo("    ");
        assertThat(Indentation.afterColon("    if x:", "    x = 1", TestLanguages.PYTHON)).isEqualTo("    ");
        assertThat(Indentation.afterColon("    elsewhere:", "    x = 1", TestLanguages.PYTHON)).isEqualTo("    ");
        assertThat(Indentation.afterColon("    else:", "    x = 1", TestLanguages.C)).isEqualTo("    ");
    }

    @Test
    void backspaceInLeadingSpacesRemovesOneIndentLevel() {
        assertThat(Indentation.backspaceWidth("        ", TestLanguages.PYTHON)).isEqualTo(4);
        assertThat(Indentation.backspaceWidth("      ", TestLanguages.PYTHON)).isEqualTo(2);
        assertThat(Indentation.backspaceWidth("    x = ", TestLanguages.PYTHON)).isEqualTo(1);
        assertThat(Indentation.backspaceWidth("  ", TestLanguages.JAVASCRIPT)).isEqualTo(2);
        assertThat(Indentation.backspaceWidth("\t", TestLanguages.GO)).isEqualTo(1);
        assertThat(Indentation.backspaceWidth("", TestLanguages.PYTHON)).isEqualTo(1);
    }
}
