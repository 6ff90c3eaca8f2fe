package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.labjudge.node.judge.JudgeSettings;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

/**
 * A compiler fed a bomb is stopped within the compile limits and the run is a COMPILATION_ERROR.
 * Each bomb may take the whole compile limit, so this class has a node of its own, runs beside
 * the other classes, and sends both bombs at once (the node has two slots).
 */
@Tag("docker")
@Execution(ExecutionMode.CONCURRENT)
class CompileBombTest {
    private static final String RANDOM_INCLUDE = "#include \"/dev/random\"\nint main(void) { return 0; }\n";
    /** 2^40 distinct instantiations. */
    private static final String EXPONENTIAL_TEMPLATES = """
            template<int N, unsigned M> struct F {
                static const unsigned v = F<N - 1, M * 2u + 1u>::v + F<N - 1, M * 2u>::v;
            };
            template<unsigned M> struct F<0, M> { static const unsigned v = M; };
            int main() { return F<40, 1u>::v & 1u; }
            """;
    private static HostileNode node;
    private static CompletableFuture<RunResult> randomInclude;
    private static CompletableFuture<RunResult> templates;

    @BeforeAll
    static void sendBothBombs() {
        node = new HostileNode(List.of("c", "cpp"));
        randomInclude = CompletableFuture.supplyAsync(
                () -> node.run(RunRequest.of("c", RANDOM_INCLUDE).withLimits(HostileNode.SMALL)));
        templates = CompletableFuture.supplyAsync(
                () -> node.run(RunRequest.of("cpp", EXPONENTIAL_TEMPLATES).withLimits(HostileNode.SMALL)));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void includingDevRandomIsStoppedWithinTheCompileLimits() {
        assertStoppedWithinTheCompileLimits(randomInclude.join());
        templates.join(); // both finished: nothing may be left running now
        node.assertSurvived();
    }

    @Test
    void exponentialTemplatesAreStoppedWithinTheCompileLimits() {
        assertStoppedWithinTheCompileLimits(templates.join());
        randomInclude.join();
        node.assertSurvived();
    }

    private static void assertStoppedWithinTheCompileLimits(RunResult result) {
        Limits compile = JudgeSettings.COMPILE_LIMITS;
        // A compile stopped at a limit is a compilation error (Judge.compile): never a verdict of the program.
        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile().stderr()).contains("compilation stopped");
        assertThat(result.compile().timeMs()).isLessThanOrEqualTo(compile.timeMs() + 500L);
        assertThat(result.compile().wallTimeMs()).isLessThanOrEqualTo(compile.wallTimeMs() + 500L);
        assertThat(result.compile().stdout().length() + result.compile().stderr().length())
                .isLessThanOrEqualTo(2 * compile.outputKb() * 1024 + 200);
    }
}
