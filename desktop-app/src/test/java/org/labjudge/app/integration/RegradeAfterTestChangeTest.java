package org.labjudge.app.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.cli.LabJudgeMain;
import org.labjudge.app.grade.Grader;
import org.labjudge.app.grade.Judgement;
import org.labjudge.app.grade.ResultCache;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.submission.Submission;
import org.labjudge.node.process.NodeProcess;
import org.labjudge.protocol.Verdict;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;

/**
 * {@code labjudge grade} run again after the teacher fixed one test data file, or after an interrupted grade,
 * over two real nodes on loopback: each submission is sent only the tests whose result the cache does not
 * hold, counted at the nodes (their {@code labjudge_runs_total} and {@code labjudge_tests_total}), and the
 * report is the one a fresh full grade gives, scores and a scoring problem's group scores included.
 */
@Tag("docker")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegradeAfterTestChangeTest {

    @TempDir
    Path dir;

    private final List<NodeProcess> nodes = new ArrayList<>();
    /** What the last {@link #grade} printed on stderr. */
    private String lastErr;

    @BeforeAll
    void startNodes() throws Exception {
        nodes.addAll(NodeProcess.startAll("r", 2, 1));
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        NodeProcess.stopAll(nodes);
    }

    @Test
    void aFixedAnswerFileIsTheOnlyTestJudgedAgainAndTheReportIsAFullGrades() throws Exception {
        Path problem = dir.resolve("pf/sum");
        ClassOfThirty.writeSumProblem(problem);
        write(problem.resolve("data/secret/big/2.ans"), "999999996\n"); // the teacher's mistake
        Path submissions = dir.resolve("pf/submissions");
        String read = "import sys\nv = [int(x) for x in sys.stdin.read().split()][1:]\n";
        write(submissions.resolve("right-1.py"), read + "print(sum(v))\n");
        write(submissions.resolve("right-2.py"), read + "t = 0\nfor x in v:\n    t += x\nprint(t)\n");
        write(submissions.resolve("partial.py"), read + "print(sum(abs(x) for x in v))\n");
        write(submissions.resolve("wrong.py"), read + "print(sum(v) + 1)\n");
        write(submissions.resolve("broken.py"), read + "print(sum(v)\n");
        Path cache = dir.resolve("pf/cache");

        Counts before = counts();
        JsonNode first = grade(problem, submissions, cache);
        Counts full = counts().minus(before);
        assertThat(full.runs()).as("one run per submission").isEqualTo(5);
        assertThat(full.testsRun()).as("every test of the four that compile").isEqualTo(4 * 5);
        assertThat(row(first, "right-1").path("score").asDouble()).as("big/2 is wrong in the package").isEqualTo(70);

        JsonNode unchanged = grade(problem, submissions, cache);
        assertThat(counts().minus(before)).as("nothing changed: nothing sent").isEqualTo(full);
        assertThat(rows(unchanged)).isEqualTo(rows(first));

        write(problem.resolve("data/secret/big/2.ans"), "999999997\n"); // fixed
        Counts mark = counts();
        JsonNode regraded = grade(problem, submissions, cache);
        Counts rerun = counts().minus(mark);
        assertThat(rerun.runs()).as("one request for each submission that compiles; the broken one is settled")
                .isEqualTo(4);
        assertThat(rerun.testsRun()).as("that one test, for each of them").isEqualTo(4);
        assertThat(rerun.skipped()).isZero();
        assertThat(lastErr).as("what the teacher reads").contains("1 of 5 from earlier grades",
                "4 of 25 tests judged now, the rest from earlier grades");
        assertThat(row(regraded, "right-1").path("score").asDouble()).isEqualTo(100);
        assertThat(row(regraded, "partial").path("score").asDouble()).isEqualTo(40);

        JsonNode fresh = grade(problem, submissions, dir.resolve("pf/fresh-cache"));
        assertThat(rows(regraded)).as("the same report as a full grade").isEqualTo(rows(fresh));
    }

    @Test
    void aScoringProblemsGroupScoresAreRecomputedFromKeptAndFreshTests() throws Exception {
        Path problem = dir.resolve("sc/inv");
        write(problem.resolve("problem.yaml"), "name: Sum scored\ntype: scoring\nlimits:\n  time_limit: 2\n");
        write(problem.resolve("data/sample/1.in"), "2\n1 2\n");
        write(problem.resolve("data/sample/1.ans"), "3\n");
        write(problem.resolve("data/secret/testdata.yaml"), "grader_flags: sum\n");
        write(problem.resolve("data/secret/1-small/testdata.yaml"),
                "accept_score: 10\non_reject: continue\nrange: 0 30\n");
        write(problem.resolve("data/secret/2-large/testdata.yaml"),
                "accept_score: 70\ngrader_flags: min\non_reject: break\nrange: 0 70\n");
        String[][] small = {{"2\n5 7\n", "12\n"}, {"1\n-4\n", "-4\n"}, {"3\n1 1 1\n", "3\n"}};
        for (int i = 0; i < small.length; i++) {
            write(problem.resolve("data/secret/1-small/0" + (i + 1) + ".in"), small[i][0]);
            write(problem.resolve("data/secret/1-small/0" + (i + 1) + ".ans"), small[i][1]);
        }
        write(problem.resolve("data/secret/2-large/01.in"), "2\n1000000000 2000000000\n");
        write(problem.resolve("data/secret/2-large/01.ans"), "3000000000\n");
        write(problem.resolve("data/secret/2-large/02.in"), "2\n-7 -8\n");
        write(problem.resolve("data/secret/2-large/02.ans"), "-16\n"); // wrong: every right answer fails here
        write(problem.resolve("data/secret/2-large/03.in"), "3\n9 9 9\n");
        write(problem.resolve("data/secret/2-large/03.ans"), "27\n");
        Path submissions = dir.resolve("sc/submissions");
        String read = "import sys\nv = [int(x) for x in sys.stdin.read().split()][1:]\n";
        write(submissions.resolve("right.py"), read + "print(sum(v))\n");
        write(submissions.resolve("abs.py"), read + "print(sum(abs(x) for x in v))\n");
        write(submissions.resolve("off.py"), read + "print(sum(v) + (1 if len(v) == 3 else 0))\n");
        Path cache = dir.resolve("sc/cache");

        Counts before = counts();
        JsonNode first = grade(problem, submissions, cache);
        Counts full = counts().minus(before);
        // Each fails 2-large/02 (the wrong file), so its 03 is skipped (on_reject: break); abs also fails
        // 1-small/02 and off 1-small/03, and that group goes on.
        assertThat(full.runs()).isEqualTo(3);
        assertThat(full.testsRun()).isEqualTo(3 * 6);
        assertThat(full.skipped()).isEqualTo(3);
        assertThat(row(first, "right").path("score").asDouble()).as("the small group only").isEqualTo(30);

        write(problem.resolve("data/secret/2-large/02.ans"), "-15\n"); // fixed
        Counts mark = counts();
        JsonNode regraded = grade(problem, submissions, cache);
        Counts rerun = counts().minus(mark);
        // Each is sent 2-large/02 and the 03 it skipped. right passes both; abs fails 02 again (15 against -15),
        // so the node skips its 03; off passes 02 now and fails 03.
        assertThat(rerun.runs()).isEqualTo(3);
        assertThat(rerun.testsRun()).as("the changed test, and the test of its group it had skipped")
                .isEqualTo(2 + 1 + 2);
        assertThat(rerun.skipped()).isEqualTo(1);
        assertThat(row(regraded, "right").path("score").asDouble()).isEqualTo(100);

        JsonNode fresh = grade(problem, submissions, dir.resolve("sc/fresh-cache"));
        assertThat(rows(regraded)).as("the same report as a full grade").isEqualTo(rows(fresh));
        assertThat(row(regraded, "off").path("groups").toString()).contains("\"score\":20.0", "\"score\":0.0");
    }

    @Test
    void aGradeInterruptedMidSubmissionResumesWithTheTestsItHadNotFinished() throws Exception {
        Path problem = dir.resolve("slow/echo");
        write(problem.resolve("problem.yaml"), "name: Echo\nlimits:\n  time_limit: 2\n");
        for (int i = 1; i <= 5; i++) {
            write(problem.resolve("data/secret/" + i + ".in"), (i <= 2 ? "fast " : "slow ") + i + "\n");
            write(problem.resolve("data/secret/" + i + ".ans"), i + "\n");
        }
        String echo = "import sys, time\nw = sys.stdin.read().split()\nif w[0] == 'slow':\n    time.sleep(1)\n"
                + "print(w[1])\n";
        List<Submission> submissions = List.of(
                new Submission("a", null, "python", echo, List.of(), null),
                new Submission("b", null, "python", echo + "# b\n", List.of(), null));
        ProblemPackage echoProblem = ProblemPackages.load(problem);
        ResultCache cache = ResultCache.in(dir.resolve("slow/cache"));
        Path kept = dir.resolve("slow/cache/tests");
        Path nodeList = NodeProcess.writeNodeList(dir.resolve("slow-nodes.json"), nodes);
        PoolConfig config = PoolConfig.defaults().withNodeList(nodeList.toString()).withEmbeddedNode(false)
                .withRequestDeadline(Duration.ofSeconds(120));
        try (Pool pool = Pool.start(config)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.nodes().stream()
                    .allMatch(n -> n.state() == NodeState.UP));
            AtomicReference<Throwable> ended = new AtomicReference<>();
            // One at a time: the grade waits for a slot for b while a's tests stream in.
            Thread grading = new Thread(() -> {
                try {
                    new Grader(pool, 1, cache).judge(echoProblem, submissions, (d, t) -> { });
                } catch (Throwable e) {
                    ended.set(e);
                }
            });
            grading.start();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> entries(kept) >= 2);
            grading.interrupt(); // Ctrl+C while a's slow tests run
            grading.join();
            assertThat(ended.get()).isInstanceOf(InterruptedException.class);
            // The node finishes a run its client left (and counts its tests): wait for that before counting.
            await().atMost(Duration.ofSeconds(60)).until(() -> nodes.stream().allMatch(n -> n.busy() == 0));
            long keptOfA = entries(kept);
            assertThat(keptOfA).as("a's fast tests were kept as they arrived, not its whole run").isBetween(2L, 4L);

            Counts mark = counts();
            List<Judgement> resumed = new Grader(pool, 2, cache).judge(echoProblem, submissions, (d, t) -> { });
            Counts rerun = counts().minus(mark);

            assertThat(rerun.testsRun()).as("a's unfinished tests and all of b's").isEqualTo(5 - keptOfA + 5);
            assertThat(resumed).extracting(Judgement::testsRun).containsExactly((int) (5 - keptOfA), 5);
            assertThat(resumed).allSatisfy(j -> {
                assertThat(j.result().verdict()).isEqualTo(Verdict.ACCEPTED);
                assertThat(j.result().tests()).hasSize(5);
            });
        }
    }

    private static long entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    private JsonNode grade(Path problem, Path submissions, Path cache) throws IOException {
        Path list = dir.resolve("nodes.json"); // each test has its own folder, made after @BeforeAll
        if (!Files.exists(list)) {
            NodeProcess.writeNodeList(list, nodes);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabJudgeMain.run(new String[] {"grade", problem.toString(), submissions.toString(), "--nodes",
                list.toString(), "--out", dir.resolve("reports").toString(), "--cache", cache.toString(),
                "--no-similarity", "--json"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isEqualTo(LabJudgeMain.EXIT_OK);
        lastErr = err.toString();
        return new ObjectMapper().readTree(out.toString());
    }

    private static JsonNode row(JsonNode report, String student) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("student").asText().equals(student)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + student + " in " + report);
    }

    /** The rows without what differs between any two grades: times, the node, and whether it came from the cache. */
    private static JsonNode rows(JsonNode report) {
        JsonNode rows = report.path("rows").deepCopy();
        for (JsonNode row : rows) {
            ((ObjectNode) row).remove(List.of("maxTimeMs", "node", "cached"));
            row.path("tests").forEach(cell -> ((ObjectNode) cell).remove("timeMs"));
        }
        return rows;
    }

    /** What the nodes counted: runs, tests run (not skipped), tests skipped. */
    private record Counts(long runs, long testsRun, long skipped) {
        Counts minus(Counts other) {
            return new Counts(runs - other.runs, testsRun - other.testsRun, skipped - other.skipped);
        }
    }

    private Counts counts() throws Exception {
        long runs = 0;
        long tests = 0;
        long skipped = 0;
        for (NodeProcess node : nodes) {
            runs += node.counter("labjudge_runs_total", labels -> true);
            tests += node.counter("labjudge_tests_total", labels -> !labels.contains("\"SKIPPED\""));
            skipped += node.counter("labjudge_tests_total", labels -> labels.contains("\"SKIPPED\""));
        }
        return new Counts(runs, tests, skipped);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
