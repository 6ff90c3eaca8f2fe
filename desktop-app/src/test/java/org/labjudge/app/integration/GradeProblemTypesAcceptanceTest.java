package org.labjudge.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.cli.LabJudgeMain;
import org.labjudge.node.process.NodeProcess;

/**
 * {@code labjudge grade} on the bundled interactive, multi-pass and scoring problems over two real nodes, with
 * their own example solutions as the students: the report carries the interactor's side of a failure, each
 * multi-pass test's passes, and a scoring problem's group scores and total, in the JSON and the HTML.
 */
@Tag("docker")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradeProblemTypesAcceptanceTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "problems");

    @TempDir
    Path dir;

    private final List<NodeProcess> nodes = new ArrayList<>();

    @BeforeAll
    void startNodes() throws Exception {
        nodes.addAll(NodeProcess.startAll("t", 2, 2));
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        NodeProcess.stopAll(nodes);
    }

    @Test
    void anInteractiveProblemsFailureShowsTheInteractorsSide() throws Exception {
        Graded graded = grade("guess-a-number", Map.of("ada", "accepted/binary_search.py",
                "bob", "wrong_answer/counts_up.py"));

        assertThat(graded.row("ada").path("verdict").asText()).isEqualTo("ACCEPTED");
        assertThat(graded.row("ada").path("score").asDouble()).isEqualTo(graded.report.path("maxScore").asDouble());
        JsonNode failure = graded.row("bob").path("firstFailure");
        assertThat(graded.row("bob").path("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(failure.path("interactive").asBoolean()).as(failure.toString()).isTrue();
        assertThat(failure.path("feedback").asText()).as(failure.toString()).isNotBlank();
        assertThat(graded.html).contains("talked with the problem's interactor", "The interactor's input:")
                .doesNotContain("<table class=\"diff\">");
    }

    @Test
    void aMultiPassProblemsCellsAndFailureSayHowManyPassesRan() throws Exception {
        Graded graded = grade("relay-word", Map.of("cy", "accepted/base27.py", "dee", "wrong_answer/base26.py"));

        assertThat(graded.row("cy").path("verdict").asText()).isEqualTo("ACCEPTED");
        graded.row("cy").path("tests").forEach(cell ->
                assertThat(cell.path("passes").asInt()).as(cell.toString()).isEqualTo(2));
        assertThat(graded.row("dee").path("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(graded.row("dee").path("firstFailure").path("passes").asInt()).isEqualTo(2);
        assertThat(graded.html).contains(": ACCEPTED, ").contains(" ms, 2 passes\">AC</td>")
                .contains("</span>, after 2 passes");
    }

    @Test
    void aScoringProblemsGroupScoresAndTotalsAreTheNodes() throws Exception {
        Graded graded = grade("inversions", Map.of("eve", "accepted/fenwick.py",
                "fay", "partially_accepted/quadratic.py", "gus", "wrong_answer/adjacent_only.py"));

        assertThat(graded.report.path("maxScore").asDouble()).isEqualTo(100.0);
        // secret/1-small: 10 a test, up to 30; secret/2-large: all or nothing, 70 (its testdata.yaml files).
        assertThat(graded.row("eve").path("score").asDouble()).isEqualTo(100.0);
        assertThat(graded.row("fay").path("score").asDouble()).as("the small group only").isEqualTo(30.0);
        assertThat(graded.row("gus").path("score").asDouble()).as("only the one-number test, n = 1").isEqualTo(10.0);
        assertThat(groups(graded.row("fay"))).containsEntry("secret/1-small", 30.0).containsEntry("secret/2-large", 0.0);
        assertThat(groups(graded.row("gus"))).containsEntry("secret/1-small", 10.0).containsEntry("secret/2-large", 0.0);
        assertThat(graded.html).contains("secret/1-small").contains("secret/2-large");
        assertThat(Files.readAllLines(graded.out.resolve("inversions-moodle.csv")))
                .anyMatch(line -> line.startsWith("fay,30,"));
    }

    private static Map<String, Double> groups(JsonNode row) {
        Map<String, Double> scores = new java.util.TreeMap<>();
        row.path("groups").forEach(g -> scores.put(g.path("name").asText(), g.path("score").asDouble()));
        return scores;
    }

    private record Graded(JsonNode report, String html, Path out) {
        JsonNode row(String student) {
            for (JsonNode row : report.path("rows")) {
                if (row.path("student").asText().equals(student)) {
                    return row;
                }
            }
            throw new AssertionError("no row for " + student + " in " + report);
        }
    }

    /** Grades the example solutions named (student to path under the problem's submissions/) over the nodes. */
    private Graded grade(String problem, Map<String, String> students) throws IOException {
        Path submissions = dir.resolve(problem + "-submissions");
        Files.createDirectories(submissions);
        for (var student : students.entrySet()) {
            Path source = EXAMPLES.resolve(problem).resolve("submissions").resolve(student.getValue());
            String name = source.getFileName().toString();
            Files.copy(source, submissions.resolve(student.getKey() + name.substring(name.lastIndexOf('.'))));
        }
        Path list = NodeProcess.writeNodeList(dir.resolve(problem + "-nodes.json"), nodes);
        Path out = dir.resolve(problem + "-reports");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = LabJudgeMain.run(new String[] {"grade", EXAMPLES.resolve(problem).toString(), submissions.toString(),
                "--nodes", list.toString(), "--out", out.toString(), "--no-cache", "--json"},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(code).as(stderr.toString()).isEqualTo(LabJudgeMain.EXIT_OK);
        JsonNode report = new ObjectMapper().readTree(stdout.toString());
        return new Graded(report, Files.readString(out.resolve(report.path("problemId").asText() + "-grades.html")), out);
    }
}
