package org.labjudge.problem;

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

    @Test
    void theInteractiveAndMultiPassExamplesSayHowTheyAreJudgedAndShowTheirSamplesAsDialogues() throws Exception {
        Path examples = Path.of("..", "examples", "problems");
        assumeTrue(Files.isDirectory(examples), "no examples/problems in this checkout");

        ProblemPackage guess = ProblemPackages.load(examples.resolve("guess-a-number"));
        ProblemPackage relay = ProblemPackages.load(examples.resolve("relay-word"));

        assertThat(guess.validator().interactive()).isTrue();
        assertThat(guess.validator().passes()).isNull();
        assertThat(guess.interactions()).hasSameSizeAs(guess.samples());
        assertThat(guess.interactions().get(0).lines()).first()
                .isEqualTo(new SampleInteraction.Line(SampleInteraction.Speaker.VALIDATOR, "10"));
        assertThat(relay.validator().interactive()).isFalse();
        assertThat(relay.validator().passes()).isEqualTo(2);
        assertThat(relay.interactions().get(0).lines())
                .contains(new SampleInteraction.Line(SampleInteraction.Speaker.PASS_BREAK, ""));
    }
}
