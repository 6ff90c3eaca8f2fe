package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditingLogicTest {

    @Test
    void bracketsPairUpWithNesting() {
        String text = "f(a[1], {b})";
        assertThat(BracketMatcher.find(text, 2)).contains(new BracketMatcher.Pair(1, 11));
        assertThat(BracketMatcher.find(text, 12)).contains(new BracketMatcher.Pair(11, 1));
        assertThat(BracketMatcher.find(text, 3)).contains(new BracketMatcher.Pair(3, 5));
        assertThat(BracketMatcher.find("x + y", 2)).isEmpty();
        assertThat(BracketMatcher.find("((", 1)).isEmpty();
        assertThat(BracketMatcher.find("", 0)).isEmpty();
    }

    @Test
    void newlineKeepsIndentAndAddsALevelAfterABlockOpener() {
        assertThat(Indentation.afterNewline("    x = 1", TestLanguages.PYTHON)).isEqualTo("    ");
        assertThat(Indentation.afterNewline("    if x:", TestLanguages.PYTHON)).isEqualTo("        ");
        assertThat(Indentation.afterNewline("if x:  # why", TestLanguages.PYTHON)).isEqualTo("    ");
        assertThat(Indentation.afterNewline("int main() {", TestLanguages.C)).isEqualTo("    ");
        assertThat(Indentation.afterNewline("\tfor {", TestLanguages.GO)).isEqualTo("\t\t");
        assertThat(Indentation.afterNewline("  f(() => {", TestLanguages.JAVASCRIPT)).isEqualTo("    ");
        assertThat(Indentation.afterNewline("if true; then", TestLanguages.BASH)).isEqualTo("  ");
        assertThat(Indentation.afterNewline("x: int = 1", TestLanguages.JAVA)).isEmpty();
    }

    @Test
    void dedentAndTabStopsFollowTheLanguage() {
        assertThat(Indentation.dedent("        ", TestLanguages.PYTHON)).isEqualTo("    ");
        assertThat(Indentation.dedent("  ", TestLanguages.PYTHON)).isEmpty();
        assertThat(Indentation.dedent("\t\t", TestLanguages.GO)).isEqualTo("\t");
        assertThat(Indentation.toNextTabStop(0, TestLanguages.JAVA)).isEqualTo("    ");
        assertThat(Indentation.toNextTabStop(5, TestLanguages.JAVA)).isEqualTo("   ");
        assertThat(Indentation.toNextTabStop(1, TestLanguages.JAVASCRIPT)).isEqualTo(" ");
        assertThat(Indentation.toNextTabStop(3, TestLanguages.GO)).isEqualTo("\t");
    }

    @Test
    void findWrapsAroundAndReplaceAllCountsMatches() {
        String text = "Foo bar foo baz FOO";
        assertThat(TextSearch.next(text, "foo", 1, false)).hasValue(8);
        assertThat(TextSearch.next(text, "foo", 17, false)).hasValue(0);
        assertThat(TextSearch.next(text, "foo", 0, true)).hasValue(8);
        assertThat(TextSearch.previous(text, "foo", 8, false)).hasValue(0);
        assertThat(TextSearch.previous(text, "foo", 0, false)).hasValue(16);
        assertThat(TextSearch.count(text, "foo", false)).isEqualTo(3);
        assertThat(TextSearch.replaceAll(text, "foo", "qux", false)).isEqualTo("qux bar qux baz qux");
        assertThat(TextSearch.replaceAll(text, "foo", "qux", true)).isEqualTo("Foo bar qux baz FOO");
        assertThat(TextSearch.next(text, "", 0, false)).isEmpty();
        assertThat(TextSearch.count("aaaa", "aa", true)).isEqualTo(2);
    }

    @Test
    void lineEndsAreNormalized() {
        assertThat(EditorTab.normalize("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
    }
}
