package org.labjudge.protocol.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repository's sample problems (examples/problems) load, each with samples and secret tests. */
class ExampleProblemsTest {

    @Test
    void everyExampleProblemLoads() throws Exception {
        Path examples = Path.of("..", "examples", "problems");
        assumeTrue(Files.isDirectory(examples), "no examples/problems in this checkout");

        List<ProblemPackage> problems = ProblemPackages.loadSet(examples);

        assertThat(problems).isNotEmpty();
        for (ProblemPackage problem : problems) {
            assertThat(problem.name()).as(problem.id()).isNotBlank();
            assertThat(problem.samples()).as(problem.id()).isNotEmpty();
            assertThat(problem.secretTests()).as(problem.id()).isNotEmpty();
            assertThat(problem.statementMarkdown()).as(problem.id()).isNotBlank();
        }
    }
}
