package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;

/**
 * Every language of the node's table run by an interpreter or a virtual machine has its fork bomb and its 4 GiB
 * allocation in {@link InterpretedLanguagesHostileTest}, so a language added to the table cannot skip them unseen.
 */
class InterpretedHostileProgramsTest {

    @Test
    void everyInterpretedLanguageOfTheTableHasABombAndAnAllocationAndOnlyThose() {
        assertThat(InterpretedHostilePrograms.BOMBS.keySet()).as("bombs")
                .containsExactlyInAnyOrderElementsOf(InterpretedHostilePrograms.languages());
        assertThat(InterpretedHostilePrograms.HOGS.keySet()).as("allocations")
                .containsExactlyInAnyOrderElementsOf(InterpretedHostilePrograms.languages());
    }

    @Test
    void theLanguagesLeftOutAreTheNativelyCompiledOnesAndThoseCoveredElsewhere() {
        // What "run by an interpreter or a virtual machine" makes of today's table, stated once as data: a
        // language moving between the two sets (e.g. a compiler that starts writing ./main) shows here.
        assertThat(LanguageTable.defaults().all().stream()
                .filter(l -> !InterpretedHostilePrograms.runByInterpreterOrVm(l)).map(Language::id))
                .containsExactlyInAnyOrder("c", "cpp", "go", "rust", "pascal", "fortran", "haskell", "ocaml", "ada",
                        "d");
        assertThat(InterpretedHostilePrograms.COVERED_ELSEWHERE).containsExactlyInAnyOrder("python", "bash");
        assertThat(InterpretedHostilePrograms.languages()).doesNotContainAnyElementsOf(
                InterpretedHostilePrograms.COVERED_ELSEWHERE).contains("prolog", "java", "typescript");
    }
}
