package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void extensionsMapToTheWireIdsOfTheDesign() {
        assertThat(Language.fromFileName("a.py")).contains(Language.PYTHON);
        assertThat(Language.fromFileName("Main.java")).contains(Language.JAVA);
        assertThat(Language.fromFileName("x.c")).contains(Language.C);
        assertThat(Language.fromFileName("x.cc")).contains(Language.CPP);
        assertThat(Language.fromFileName("x.CPP")).contains(Language.CPP);
        assertThat(Language.fromFileName("x.cxx")).contains(Language.CPP);
        assertThat(Language.fromFileName("x.js")).contains(Language.JAVASCRIPT);
        assertThat(Language.fromFileName("x.go")).contains(Language.GO);
        assertThat(Language.fromFileName("x.rs")).contains(Language.RUST);
        assertThat(Language.fromFileName("x.sh")).contains(Language.BASH);
        assertThat(Language.fromFileName("README")).isEmpty();
        assertThat(Language.fromFileName("x.")).isEmpty();
        assertThat(Language.fromId("JAVA")).contains(Language.JAVA);
        assertThat(Language.fromId("cobol")).isEmpty();
    }

    @Test
    void everyLanguageHasAStarterProgramAndAnIndentUnit() {
        for (Language language : Language.values()) {
            assertThat(StarterTemplates.of(language)).as(language.id()).isNotBlank();
            assertThat(language.indentUnit()).isNotEmpty();
        }
        assertThat(Language.GO.indentUnit()).isEqualTo("\t");
        assertThat(Language.JAVASCRIPT.indentUnit()).isEqualTo("  ");
        assertThat(Language.PYTHON.indentUnit()).isEqualTo("    ");
    }
}
