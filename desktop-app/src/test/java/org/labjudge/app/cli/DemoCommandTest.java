package org.labjudge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.pool.StubNode;
import org.labjudge.protocol.Verdict;

/**
 * {@code labjudge demo}, what the editor runs without a display: every bundled reference solution judged on
 * the pool (a stub node here, which accepts every test unless told otherwise), one table row each.
 */
class DemoCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "problems").toAbsolutePath().normalize();
    private static final List<String> PROBLEMS = List.of("any-divisor", "circle-area", "count-primes", "cube-root",
            "guess-a-number", "inversions", "relay-word", "reverse-words", "sum");

    @TempDir
    Path dir;

    private StubNode node;
    private Path nodes;

    @BeforeEach
    void startNode() throws IOException {
        node = StubNode.start("lab-01", 4, 100, Duration.ZERO, List.of("python", "java", "c", "cpp"));
        nodes = dir.resolve("nodes.json");
        Files.writeString(nodes, "{\"nodes\":[{\"name\":\"lab-01\",\"url\":\"" + node.url() + "\"}]}");
    }

    @AfterEach
    void stopNode() {
        node.close();
    }

    private String[] demo() {
        return new String[] {"demo", "--nodes", nodes.toString(), "--problems", EXAMPLES.toString()};
    }

    @Test
    void judgesEveryReferenceSolutionAndSucceedsWhenAllAreAccepted() {
        StringWriter out = new StringWriter();
        int code = LabJudgeMain.run(demo(), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(code).as(out.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).matches("PROBLEM +SOLUTION +VERDICT +TESTS +NODE +MAX TIME");
        assertThat(lines).anyMatch(l -> l.matches("sum +main\\.cpp +ACCEPTED +10/10 +lab-01 +0 ms"))
                .anyMatch(l -> l.matches("cube-root +cbrt\\.c +ACCEPTED .*"))
                .anyMatch(l -> l.matches("inversions +MergeSort\\.java +ACCEPTED .*"));
        for (String problem : PROBLEMS) {
            assertThat(lines).as(problem).anyMatch(l -> l.startsWith(problem + " "));
        }
        assertThat(lines.get(lines.size() - 1)).isEqualTo("all 27 solutions ACCEPTED");
        assertThat(node.served()).isEqualTo(27);
    }

    @Test
    void failsWhenASolutionIsNotAccepted() {
        node.judge(request -> request.source().contains("a + b") ? Verdict.WRONG_ANSWER : Verdict.ACCEPTED);
        StringWriter out = new StringWriter();
        int code = LabJudgeMain.run(demo(), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(code).isEqualTo(LabJudgeMain.EXIT_REJECTED);
        assertThat(out.toString()).containsPattern("sum +main\\.py +WRONG_ANSWER +0/10")
                .endsWith("some solutions were not accepted\n");
    }
}
