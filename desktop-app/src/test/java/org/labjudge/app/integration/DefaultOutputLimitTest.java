package org.labjudge.app.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.cli.LabJudgeMain;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.node.process.NodeProcess;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A package that leaves {@code limits.output} out is judged under the format's 8 MiB on a real node (a child
 * process on loopback, Docker sandboxes), not the node's own smaller default: one 100 KB line is judged on what it
 * says, as other judges judge it.
 */
@Tag("docker")
class DefaultOutputLimitTest {
    private static final int LINE = 100_000;
    // Prints n characters on one line: all x, or (wrong) the last one y.
    private static final String RIGHT = "n = int(input())\nprint('x' * n)\n";
    private static final String WRONG = "n = int(input())\nprint('x' * (n - 1) + 'y')\n";

    private static NodeProcess node;
    private static Path nodeList;
    private static Path problem;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startNode() throws Exception {
        Path jar = NodeProcess.findJar().orElseThrow(() -> new AssertionError("build the node's shaded jar first"));
        node = NodeProcess.start(jar, "output-limit", 1);
        node.awaitListening(120);
        nodeList = NodeProcess.writeNodeList(dir.resolve("nodes.json"), List.of(node));
        problem = dir.resolve("longline");
        Files.createDirectories(problem.resolve("data/sample"));
        Files.createDirectories(problem.resolve("data/secret"));
        Files.writeString(problem.resolve("problem.yaml"), "name: Long line\n");
        Files.writeString(problem.resolve("data/sample/1.in"), "5\n");
        Files.writeString(problem.resolve("data/sample/1.ans"), "xxxxx\n");
        Files.writeString(problem.resolve("data/secret/1.in"), LINE + "\n");
        Files.writeString(problem.resolve("data/secret/1.ans"), "x".repeat(LINE) + "\n");
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void theRightHundredKilobyteLineIsAccepted() throws Exception {
        Outcome outcome = judge("right.py", RIGHT);

        assertThat(outcome.code()).as(outcome.out() + outcome.err()).isZero();
        assertThat(outcome.out()).containsPattern("(?m)^secret/1 +ACCEPTED ")
                .contains("Verdict: ACCEPTED (2/2 tests passed)");
    }

    @Test
    void aWrongHundredKilobyteLineIsAWrongAnswerNotOverTheOutputLimit() throws Exception {
        Outcome outcome = judge("wrong.py", WRONG);

        assertThat(outcome.code()).isEqualTo(LabJudgeMain.EXIT_REJECTED);
        assertThat(outcome.out()).containsPattern("(?m)^secret/1 +WRONG_ANSWER ")
                .doesNotContain("OUTPUT_LIMIT_EXCEEDED").contains("Verdict: WRONG_ANSWER");
    }

    @Test
    void theSameRunUnderTheNodesOwnDefaultWouldBeOverTheOutputLimit() throws Exception {
        // The control: what the package's default saves the program from.
        ProblemPackage loaded = ProblemPackages.load(problem);
        assertThat(loaded.limits().outputKb()).isEqualTo(8 * 1024);
        Limits packageLimits = loaded.limits();
        RunRequest nodeDefault = loaded.judgeRequest("python", RIGHT).withLimits(new Limits(packageLimits.timeMs(),
                packageLimits.wallTimeMs(), packageLimits.memoryMb(), null, packageLimits.processes()));
        PoolConfig config = PoolConfig.defaults().withNodeList(nodeList.toString()).withEmbeddedNode(false)
                .withRequestDeadline(Duration.ofSeconds(120));

        RunResult result;
        try (Pool pool = Pool.start(config)) {
            result = pool.run(nodeDefault);
        }

        assertThat(result.tests()).extracting(TestResult::name, TestResult::verdict).containsExactly(
                tuple("sample/1", Verdict.ACCEPTED),
                tuple("secret/1", Verdict.OUTPUT_LIMIT_EXCEEDED));
    }

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome judge(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, source);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabJudgeMain.run(new String[] {"--nodes", nodeList.toString(), "judge", problem.toString(),
                file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }
}
