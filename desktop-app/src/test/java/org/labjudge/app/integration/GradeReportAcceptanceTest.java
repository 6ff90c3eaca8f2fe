package org.labjudge.app.integration;

import org.labjudge.node.process.NodeProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.cli.LabJudgeMain;

/**
 * {@code labjudge grade} as a teacher runs it, over three real executor nodes on loopback (child processes,
 * Docker sandboxes), one of them killed while it has runs in flight: 30 generated submissions (right,
 * partial, wrong, not compiling, looping, a copied pair with renamed variables), a roster with one student
 * who handed nothing in, and one late file. Every row, cell and score is checked, the similarity check lists
 * the copied pair and nothing else, and a second grade takes everything from the cache.
 */
@Tag("docker")
class GradeReportAcceptanceTest {

    @TempDir
    Path dir;

    private final List<NodeProcess> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        NodeProcess.stopAll(nodes);
    }

    @Test
    void thirtySubmissionsOverThreeNodesWithOneKilled() throws Exception {
        nodes.addAll(NodeProcess.startAll("g", 3, 2));
        Path list = NodeProcess.writeNodeList(dir.resolve("nodes.json"), nodes);
        ClassOfThirty lab = ClassOfThirty.write(dir);
        Instant due = Instant.parse("2026-12-01T23:59:00Z");
        for (String student : lab.kinds.keySet()) {
            lab.touch(student, due.minusSeconds(3600));
        }
        lab.touch("right-03", due.plusSeconds(600));
        Path roster = dir.resolve("roster.txt");
        Files.writeString(roster, "# lab 7\n" + String.join("\n", lab.kinds.keySet()) + "\nzara-absent\n");
        Path out = dir.resolve("reports");
        Path cache = dir.resolve("cache");
        String[] args = {"grade", lab.problem.toString(), lab.submissions.toString(), "--nodes", list.toString(),
                "--out", out.toString(), "--cache", cache.toString(), "--template", lab.template.toString(),
                "--roster", roster.toString(), "--due", "2026-12-01T23:59:00Z", "--json"};

        NodeProcess victim = nodes.get(1);
        AtomicBoolean killed = new AtomicBoolean();
        Thread killer = new Thread(() -> {
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(20)).until(() -> victim.busy() > 0);
            try {
                Thread.sleep(300); // a run or two well under way
                victim.kill();
                killed.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.setDaemon(true);
        killer.start();
        long start = System.nanoTime();
        Run first = grade(args);
        killer.join(5_000);
        System.out.printf("graded 30 in %.1f s%n%s%n", (System.nanoTime() - start) / 1e9, first.err);

        assertThat(killed).as("a node was killed mid-way").isTrue();
        assertThat(first.code).as(first.err).isEqualTo(LabJudgeMain.EXIT_OK);
        JsonNode report = new ObjectMapper().readTree(first.out);
        assertThat(report.path("maxScore").asDouble()).isEqualTo(100.0);
        assertThat(report.path("tests")).extracting(JsonNode::asText).containsExactly("sample/1", "secret/big/1",
                "secret/big/2", "secret/small/1", "secret/small/2");
        Map<String, JsonNode> rows = new HashMap<>();
        report.path("rows").forEach(row -> rows.put(row.path("student").asText(), row));
        assertThat(rows).hasSize(31);
        for (var entry : lab.kinds.entrySet()) {
            JsonNode row = rows.get(entry.getKey());
            String why = entry.getKey() + ": " + row;
            List<String> cells = new ArrayList<>();
            row.path("tests").forEach(c -> cells.add(c.path("verdict").asText()));
            switch (entry.getValue()) {
                case "right" -> {
                    assertThat(row.path("verdict").asText()).as(why).isEqualTo("ACCEPTED");
                    assertThat(row.path("score").asDouble()).as(why).isEqualTo(100.0);
                    assertThat(cells).as(why).containsOnly("ACCEPTED").hasSize(5);
                }
                case "partial" -> {
                    assertThat(row.path("verdict").asText()).as(why).isEqualTo("WRONG_ANSWER");
                    assertThat(row.path("score").asDouble()).as(why).isEqualTo(40.0);
                    assertThat(cells).as(why).containsExactly("ACCEPTED", "WRONG_ANSWER", "WRONG_ANSWER", "ACCEPTED",
                            "ACCEPTED");
                }
                case "wrong" -> {
                    assertThat(row.path("verdict").asText()).as(why).isEqualTo("WRONG_ANSWER");
                    assertThat(row.path("score").asDouble()).as(why).isZero();
                    assertThat(cells).as(why).containsOnly("WRONG_ANSWER").hasSize(5);
                }
                case "noncompiling" -> {
                    assertThat(row.path("verdict").asText()).as(why).isEqualTo("COMPILATION_ERROR");
                    assertThat(row.path("score").asDouble()).as(why).isZero();
                    assertThat(row.path("error").asText()).as(why).contains("SyntaxError");
                    assertThat(cells).as(why).containsOnly("COMPILATION_ERROR").hasSize(5);
                }
                case "looping" -> {
                    assertThat(row.path("verdict").asText()).as(why).isEqualTo("TIME_LIMIT_EXCEEDED");
                    assertThat(row.path("score").asDouble()).as(why).isZero();
                    assertThat(cells).as(why).containsOnly("TIME_LIMIT_EXCEEDED").hasSize(5);
                }
                default -> throw new AssertionError(entry);
            }
            assertThat(row.path("arrival").asText()).as(why)
                    .isEqualTo(entry.getKey().equals("right-03") ? "LATE" : "ON_TIME");
        }
        assertThat(rows.get("partial-01").path("groups").toString())
                .contains("\"name\":\"secret/small\"", "\"score\":40.0", "\"name\":\"secret/big\"", "\"score\":0.0");
        assertThat(rows.get("zara-absent").path("verdict").asText()).isEqualTo("MISSING");

        JsonNode pairs = report.path("similarity").path("pairs");
        assertThat(pairs).as(report.path("similarity").toString()).hasSize(1);
        assertThat(pairs.get(0).path("first").asText()).isEqualTo("copy-a");
        assertThat(pairs.get(0).path("second").asText()).isEqualTo("copy-b");
        assertThat(pairs.get(0).path("similarity").asDouble()).isGreaterThan(0.9);
        assertThat(report.path("similarity").path("notes")).as("JPlag's Python parser reads past syntax errors")
                .isEmpty();

        String html = Files.readString(out.resolve("sum-grades.html"));
        assertThat(html).contains("copy-a</td><td>copy-b</td>", "SyntaxError", "<mark class=\"m0\"",
                "<td class=\"t WRONG_ANSWER\"", "aria-label=\"Score distribution\"");
        assertThat(Files.readAllLines(out.resolve("sum-moodle.csv"))).contains("partial-01,40,"
                + "\"WRONG_ANSWER: 3 of 5 tests passed, score 40 of 100.\"", "zara-absent,,No submission.");
        Path kept = Path.of("target", "screenshots");
        Files.createDirectories(kept);
        Files.copy(out.resolve("sum-grades.html"), kept.resolve("grade-report.html"),
                StandardCopyOption.REPLACE_EXISTING);

        Run second = grade(args);
        assertThat(second.code).isEqualTo(LabJudgeMain.EXIT_OK);
        assertThat(second.err).contains("30 of 30 from earlier grades");
        JsonNode again = new ObjectMapper().readTree(second.out).path("rows");
        int cached = 0;
        for (JsonNode row : again) {
            cached += row.path("cached").asBoolean() ? 1 : 0;
        }
        assertThat(cached).as("every submission from the cache; the missing student has nothing to cache").isEqualTo(30);
        assertThat(again.toString().replace("\"cached\":true", "\"cached\":false"))
                .as("the same rows, cells and scores").isEqualTo(report.path("rows").toString());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run grade(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabJudgeMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
