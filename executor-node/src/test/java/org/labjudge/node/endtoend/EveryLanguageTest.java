package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.Verdict;

/** Every language the node ships compiles (where compiled), runs and is judged ACCEPTED. */
@Tag("docker")
class EveryLanguageTest {
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void theNodeOffersEveryLanguageWithTheVersionItsImageRecorded() {
        List<LanguageInfo> languages = node.node.worker().languages();
        assertThat(languages).extracting(LanguageInfo::id)
                .containsExactlyElementsOf(org.labjudge.node.language.LanguageTable.defaults().all().stream()
                        .map(l -> l.id()).toList());
        assertThat(languages).allSatisfy(l -> assertThat(l.version()).matches("\\d+(\\.\\d+)+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "java", "c", "cpp", "javascript", "go", "rust", "bash"})
    void aCorrectSolutionIsAccepted(String language) {
        RunResult result = node.run(RunRequest.of(language, Programs.SUM.get(language)).withTests(List.of(
                new TestCase("small", "1 2\n", "3\n"),
                new TestCase("large", "4000000000 2\n", "4000000002\n"))));

        assertThat(result.verdict()).as(() -> result.toString()).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.tests()).extracting(t -> t.verdict()).containsOnly(Verdict.ACCEPTED);
        assertThat(result.tests().get(1).stdout()).isEqualTo("4000000002\n");
        assertThat(result.language()).isEqualTo(language);
        assertThat(result.nodeId()).isEqualTo(node.config.nodeId());
        assertThat(result.tests()).allSatisfy(t -> assertThat(t.memoryKb()).isPositive());
    }

    @Test
    void withoutTestsTheProgramRunsOnceOnStdinAndIsOk() {
        RunResult result = node.run(RunRequest.of("python", "print(input()[::-1])\n").withStdin("stressed\n"));
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.tests()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("run");
            assertThat(t.stdout()).isEqualTo("desserts\n");
            assertThat(t.exitCode()).isZero();
        });
    }
}
