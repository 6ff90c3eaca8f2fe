package org.labjudge.node.api.piston;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;

/**
 * Every language of the node's table is offered under Piston's own name where Piston has a package for it
 * (engineer-man/piston {@code packages/}, which has none for Ada or PyPy), and no name answers for two.
 */
class PistonRuntimesTest {
    private final PistonRuntimes runtimes = PistonRuntimes.defaults();

    @Test
    void everyLanguageOfTheNodesTableThatPistonHasHasARow() {
        List<String> nodeIds = LanguageTable.defaults().all().stream().map(Language::id).toList();

        assertThat(runtimes.all()).extracting(PistonRuntime::nodeId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(nodeIds.stream()
                        .filter(id -> !id.equals("ada") && !id.equals("pypy3")).toList());
    }

    @Test
    void theJvmAndTypeScriptRowsUsePistonsNamesAndAliases() {
        assertThat(runtimes.find("kt")).map(PistonRuntime::nodeId).hasValue("kotlin");
        assertThat(runtimes.find("sc")).map(PistonRuntime::nodeId).hasValue("scala");
        assertThat(runtimes.find("TS5")).map(PistonRuntime::nodeId).hasValue("typescript");
        assertThat(runtimes.find("node-ts")).map(PistonRuntime::nodeId).hasValue("typescript");
        assertThat(runtimes.find("rscript")).map(PistonRuntime::nodeId).hasValue("r");
        assertThat(runtimes.find("c#")).map(PistonRuntime::runtime).hasValue("mono");
        assertThat(runtimes.find("ada")).isEmpty();
    }

    @Test
    void noNameOrAliasAnswersForTwoRuntimes() {
        List<String> names = new ArrayList<>();
        for (PistonRuntime runtime : runtimes.all()) {
            names.add(runtime.language());
            names.addAll(runtime.aliases());
        }
        assertThat(names).doesNotHaveDuplicates();
    }
}
