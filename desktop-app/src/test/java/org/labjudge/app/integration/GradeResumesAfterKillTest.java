package org.labjudge.app.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.cli.LabJudgeMain;
import org.labjudge.node.process.NodeProcess;

/**
 * A dead laptop: {@code labjudge grade} runs as its own process and is killed with SIGKILL (no shutdown hook, no
 * flush) while a submission's tests stream in; the next grade judges only the tests the killed one had not kept,
 * counted by the node itself, and its report has every student accepted on every test.
 */
@Tag("docker")
class GradeResumesAfterKillTest {

    private static final int STUDENTS = 3;
    private static final int TESTS = 5;

    @TempDir
    Path dir;

    private final List<NodeProcess> nodes = new ArrayList<>();
    private Process grade;

    @AfterEach
    void stop() throws InterruptedException {
        if (grade != null) {
            grade.destroyForcibly().waitFor();
        }
        NodeProcess.stopAll(nodes);
    }

    @Test
    void aGradeProcessKilledMidwayIsResumedByTheNextGrade() throws Exception {
        nodes.addAll(NodeProcess.startAll("k", 1, 1));
        Path list = NodeProcess.writeNodeList(dir.resolve("nodes.json"), nodes);
        Path problem = dir.resolve("echo");
        write(problem.resolve("problem.yaml"), "name: Echo\nlimits:\n  time_limit: 2\n");
        for (int i = 1; i <= TESTS; i++) {
            write(problem.resolve("data/secret/" + i + ".in"), (i <= 2 ? "fast " : "slow ") + i + "\n");
            write(problem.resolve("data/secret/" + i + ".ans"), i + "\n");
        }
        String echo = "import sys, time\nw = sys.stdin.read().split()\nif w[0] == 'slow':\n    time.sleep(1)\n"
                + "print(w[1])\n";
        Path submissions = dir.resolve("submissions");
        for (int s = 1; s <= STUDENTS; s++) {
            write(submissions.resolve("student" + s + ".py"), echo + "# student " + s + "\n");
        }
        Path cache = dir.resolve("cache");
        Path kept = cache.resolve("tests");
        List<String> args = List.of("grade", problem.toString(), submissions.toString(), "--nodes", list.toString(),
                "--out", dir.resolve("reports").toString(), "--cache", cache.toString(), "--no-similarity",
                "-j", "1", "--json");

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), LabJudgeMain.class.getName()));
        command.addAll(args);
        grade = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed-grade.log").toFile()).start();
        // The first student's fast tests are kept; kill while its slow ones run, before it ends.
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(20))
                .until(() -> entries(kept) >= 2 || !grade.isAlive());
        assertThat(grade.isAlive()).as(Files.readString(dir.resolve("killed-grade.log"))).isTrue();
        grade.destroyForcibly(); // SIGKILL: what a dead laptop does to the grade
        assertThat(grade.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(grade.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        // The node ends the run its client left; let it settle before counting what it is sent next.
        await().atMost(Duration.ofSeconds(60)).until(() -> nodes.get(0).busy() == 0);
        long keptBefore = entries(kept);
        assertThat(keptBefore).as("tests kept as they arrived, not the whole grade").isBetween(2L,
                (long) STUDENTS * TESTS - 1);
        long before = testsRun();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabJudgeMain.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        long sent = testsRun() - before;
        System.out.printf("killed with %d of %d tests kept; the next grade sent %d%n", keptBefore, STUDENTS * TESTS,
                sent);

        assertThat(code).as(err.toString()).isEqualTo(LabJudgeMain.EXIT_OK);
        assertThat(sent).as("only what the killed grade had not kept").isEqualTo(STUDENTS * TESTS - keptBefore);
        assertThat(err.toString()).contains(sent + " of " + STUDENTS * TESTS + " tests judged now");
        JsonNode rows = new ObjectMapper().readTree(out.toString()).path("rows");
        assertThat(rows).hasSize(STUDENTS);
        for (JsonNode row : rows) {
            assertThat(row.path("verdict").asText()).as(row.toString()).isEqualTo("ACCEPTED");
            assertThat(row.path("testsPassed").asInt()).as(row.toString()).isEqualTo(TESTS);
        }
    }

    private long testsRun() throws Exception {
        return nodes.get(0).counter("labjudge_tests_total", labels -> !labels.contains("\"SKIPPED\""));
    }

    private static long entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
