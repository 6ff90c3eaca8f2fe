package org.labjudge.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.labjudge.app.cli.LabJudgeMain;
import org.labjudge.node.process.NodeProcess;

/**
 * Every submission of the example packages ({@code examples/problems/<problem>/submissions/<verdict>/}, the
 * Kattis convention) judged through {@code labjudge judge} on a real node: its verdict is its folder's.
 * Needs the Docker engine, the runtime images and the node's shaded jar (as {@link GradeWithRealNodesTest}).
 */
@Tag("docker")
class ExampleSubmissionsTest {
    private static final Map<String, String> VERDICTS = Map.of(
            "accepted", "ACCEPTED",
            // A scoring problem's partial solution: accepted, with less than the full score.
            "partially_accepted", "ACCEPTED",
            "wrong_answer", "WRONG_ANSWER",
            "time_limit_exceeded", "TIME_LIMIT_EXCEEDED",
            "run_time_error", "RUNTIME_ERROR");
    private static final Pattern SCORE = Pattern.compile("(?m)^Score: ([0-9.]+) / ([0-9.]+)$");
    private static final Path PROBLEMS = Path.of("..", "examples", "problems");

    private static NodeProcess node;
    private static Path nodeList;

    @BeforeAll
    static void startNode() throws Exception {
        Path jar = NodeProcess.findJar().orElseThrow(() -> new AssertionError(
                "the executor node's jar is not built: run mvn -pl executor-node -am package -DskipTests"
                        + " (or set LABJUDGE_NODE_JAR)"));
        node = NodeProcess.start(jar, "examples", 2);
        node.awaitListening(180);
        nodeList = Files.createTempFile("labjudge-nodes", ".json");
        Files.writeString(nodeList, "{\"nodes\":[{\"name\":\"examples\",\"url\":\"" + node.url() + "\"}]}");
    }

    @AfterAll
    static void stopNode() throws IOException {
        node.close();
        Files.deleteIfExists(nodeList);
    }

    @TestFactory
    Stream<DynamicTest> everySubmissionGetsItsFoldersVerdict() throws IOException {
        List<Path> submissions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PROBLEMS)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.getParent().getParent().getFileName().toString().equals("submissions"))
                    .sorted()
                    .forEach(submissions::add);
        }
        assertThat(submissions).as("submissions under %s", PROBLEMS).hasSizeGreaterThanOrEqualTo(10);
        return submissions.stream().map(file -> {
            Path problem = file.getParent().getParent().getParent();
            String folder = file.getParent().getFileName().toString();
            return DynamicTest.dynamicTest(problem.getFileName() + "/" + folder + "/" + file.getFileName(),
                    () -> judgedAs(problem, file, folder));
        });
    }

    private static void judgedAs(Path problem, Path file, String folder) throws IOException {
        String expected = VERDICTS.get(folder);
        assertThat(expected).as("a verdict folder LabJudge knows: %s", folder).isNotNull();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabJudgeMain.run(new String[] {"--nodes", nodeList.toString(), "judge", problem.toString(),
                file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(out.toString()).as("%s\n%s", out, err).containsPattern("(?m)^Verdict: " + expected + " ");
        assertThat(code).as(out::toString).isEqualTo(expected.equals("ACCEPTED") ? 0 : LabJudgeMain.EXIT_REJECTED);
        Matcher score = SCORE.matcher(out.toString());
        boolean scoring = Files.readString(problem.resolve("problem.yaml")).contains("type: scoring");
        assertThat(score.find()).as("a total score is printed exactly for a scoring problem:\n%s", out)
                .isEqualTo(scoring);
        if (scoring) {
            double got = Double.parseDouble(score.group(1));
            double max = Double.parseDouble(score.group(2));
            switch (folder) {
                case "accepted" -> assertThat(got).as(out::toString).isEqualTo(max);
                case "partially_accepted" -> assertThat(got).as(out::toString).isPositive().isLessThan(max);
                default -> assertThat(got).as(out::toString).isLessThan(max);
            }
        } else {
            assertThat(folder).as("only a scoring problem has partially accepted submissions")
                    .isNotEqualTo("partially_accepted");
        }
    }
}
