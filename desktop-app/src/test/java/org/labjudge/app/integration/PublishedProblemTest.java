package org.labjudge.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.cli.LabJudgeMain;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.publish.StudentCopy;
import org.labjudge.node.process.NodeProcess;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;
import org.labjudge.problem.ProblemPackage;

/**
 * A problem published to real nodes (child processes on loopback, Docker sandboxes): the student copy holds no
 * secret byte and is judged in full by hash; a node that lacks the data sends the run to the node that has it, and
 * with none that has it the student reads why; a teacher's client uploads only what a node lacks.
 */
@Tag("docker")
class PublishedProblemTest {
    private static final String SOLUTION = "a, b = map(int, input().split())\nprint(a + b)\n";
    private static final String WRONG = "a, b = map(int, input().split())\nprint(a - b)\n";
    private static final String VALIDATOR = "import sys\n"
            + "# secret-validator-marker\n"
            + "answer = open(sys.argv[2]).read().split()\n"
            + "sys.exit(42 if sys.stdin.read().split() == answer else 43)\n";
    private static final List<NodeProcess> nodes = new ArrayList<>();
    private static Path both;
    private static Path firstOnly;
    private static Path secondOnly;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startNodes() throws Exception {
        Path jar = NodeProcess.findJar().orElseThrow(() -> new AssertionError("build the node's shaded jar first"));
        nodes.add(NodeProcess.start(jar, "pub-a", 1));
        nodes.add(NodeProcess.start(jar, "pub-b", 1));
        for (NodeProcess node : nodes) {
            node.awaitListening(120);
        }
        both = NodeProcess.writeNodeList(dir.resolve("both.json"), nodes);
        firstOnly = NodeProcess.writeNodeList(dir.resolve("first.json"), nodes.subList(0, 1));
        secondOnly = NodeProcess.writeNodeList(dir.resolve("second.json"), nodes.subList(1, 2));
    }

    @AfterAll
    static void stopNodes() throws InterruptedException {
        nodes.forEach(NodeProcess::stop);
        for (NodeProcess node : nodes) {
            node.awaitStopped();
        }
    }

    /** A custom-validated sum problem whose secret data carries {@code marker}, so it is unlike any other's. */
    private static Path writeProblem(String marker) throws IOException {
        Path problem = dir.resolve("sum-" + marker);
        Files.createDirectories(problem.resolve("data/sample"));
        Files.createDirectories(problem.resolve("data/secret"));
        Files.createDirectories(problem.resolve("output_validators/check"));
        Files.writeString(problem.resolve("problem.yaml"), "name: Sum " + marker + "\nvalidation: custom\n");
        Files.createDirectories(problem.resolve("problem_statement"));
        Files.writeString(problem.resolve("problem_statement/problem.en.md"), "Add two numbers.\n");
        Files.writeString(problem.resolve("data/sample/1.in"), "1 2\n");
        Files.writeString(problem.resolve("data/sample/1.ans"), "3\n");
        for (int i = 1; i <= 3; i++) {
            int a = 1000 + i;
            int b = marker.hashCode() % 1000 + 2000;
            Files.writeString(problem.resolve("data/secret/" + i + ".in"), a + " " + b + "\n");
            Files.writeString(problem.resolve("data/secret/" + i + ".ans"), (a + b) + "\n");
        }
        Files.writeString(problem.resolve("output_validators/check/validate.py"), VALIDATOR + "# " + marker + "\n");
        return problem;
    }

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome labjudge(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabJudgeMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Path source(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static Outcome publish(Path problem, Path nodeList, Path copy) {
        return labjudge("--nodes", nodeList.toString(), "publish", problem.toString(), "--out", copy.toString(),
                "--published", dir.resolve("published").toString());
    }

    /** Every secret byte of the package: its secret tests' inputs and answers and its validator. */
    private static List<String> secrets(Path problem) throws IOException {
        List<String> secrets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(problem.resolve("data/secret"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                secrets.add(Files.readString(file).strip());
            }
        }
        secrets.add("secret-validator-marker");
        return secrets;
    }

    @Test
    void aStudentCopyHoldsNoSecretDataAndIsJudgedInFullByHash() throws Exception {
        Path problem = writeProblem("full");
        Path copy = dir.resolve("student-full");

        Outcome published = publish(problem, both, copy);
        assertThat(published.code()).as(published.out() + published.err()).isZero();

        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String text = Files.readString(file);
                for (String secret : secrets(problem)) {
                    assertThat(text).as("%s holds secret data", copy.relativize(file)).doesNotContain(secret);
                }
            }
        }
        assertThat(copy.resolve("data/secret")).doesNotExist();
        assertThat(copy.resolve("data/sample/1.in")).hasContent("1 2");

        Outcome accepted = labjudge("--nodes", both.toString(), "judge", copy.toString(),
                source("right.py", SOLUTION).toString());
        assertThat(accepted.code()).as(accepted.out() + accepted.err()).isZero();
        assertThat(accepted.out()).contains("secret/1", "secret/2", "secret/3", "Verdict: ACCEPTED (4/4 tests passed)");

        Outcome rejected = labjudge("--nodes", both.toString(), "judge", copy.toString(),
                source("wrong.py", WRONG).toString());
        assertThat(rejected.code()).isEqualTo(1);
        assertThat(rejected.out()).contains("Verdict: WRONG_ANSWER");

        Outcome listed = labjudge("--nodes", both.toString(), "nodes", "--published", dir.resolve("published").toString());
        assertThat(listed.out()).contains("PUBLISHED PROBLEMS HELD IN FULL");
        assertThat(listed.out().lines().filter(l -> l.startsWith("pub-") && l.contains("sum-full"))).hasSize(2);
    }

    @Test
    void aRunOfAStudentCopyGoesToTheNodeThatHoldsItsData() throws Exception {
        Path problem = writeProblem("one-node");
        Path copy = dir.resolve("student-one-node");
        assertThat(publish(problem, firstOnly, copy).code()).isZero();
        ProblemPackage student = StudentCopy.load(copy);
        // pub-b, which lacks the data, is drawn first nearly always: each run is tried there, then moves.
        Path bFirst = dir.resolve("b-first.json");
        Files.writeString(bFirst, "{\"nodes\":[{\"name\":\"pub-a\",\"url\":\"" + nodes.get(0).url()
                + "\",\"weight\":1},{\"name\":\"pub-b\",\"url\":\"" + nodes.get(1).url() + "\",\"weight\":1000}]}");
        long missesBefore = metric(nodes.get(1), "labjudge_blob_misses_total");

        PoolConfig config = PoolConfig.defaults().withNodeList(bFirst.toString()).withEmbeddedNode(false)
                .withRequestDeadline(Duration.ofSeconds(120));
        try (Pool pool = Pool.start(config)) {
            for (int i = 0; i < 4; i++) {
                // Plain and streamed (the editor's) runs alike.
                List<String> streamed = new java.util.concurrent.CopyOnWriteArrayList<>();
                RunResult result = i % 2 == 0 ? pool.run(student.judgeRequest("python", SOLUTION))
                        : pool.submit(student.judgeRequest("python", SOLUTION), t -> streamed.add(t.name())).get();
                if (i % 2 == 1) {
                    assertThat(streamed).contains("secret/1", "secret/2", "secret/3");
                }
                assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
                assertThat(result.nodeId()).isEqualTo("pub-a");
                assertThat(result.tests()).hasSize(4);
            }
        }
        assertThat(metric(nodes.get(1), "labjudge_blob_misses_total")).as("pub-b was asked and lacked the data")
                .isGreaterThan(missesBefore);
    }

    @Test
    void withNoNodeHoldingTheDataTheStudentIsToldWhy() throws Exception {
        Path problem = writeProblem("nowhere");
        Path copy = dir.resolve("student-nowhere");
        assertThat(publish(problem, firstOnly, copy).code()).isZero();

        Outcome outcome = labjudge("--nodes", secondOnly.toString(), "judge", copy.toString(),
                source("right2.py", SOLUTION).toString());

        assertThat(outcome.code()).isEqualTo(LabJudgeMain.EXIT_POOL);
        assertThat(outcome.err()).contains("No LabJudge node holds this problem's test data", "pub-b lacks 7",
                "labjudge publish");
    }

    @Test
    void aStudentCopyShowsTheValidatorsTeamMessageAndNeverItsJudgeMessage() throws Exception {
        Path problem = writeProblem("messages");
        // A wrong answer: a message for the student and one for the teacher, as the format's validators write.
        Files.writeString(problem.resolve("output_validators/check/validate.py"), "import sys, os\n"
                + "answer = open(sys.argv[2]).read().split()\n"
                + "ok = sys.stdin.read().split() == answer\n"
                + "open(os.path.join(sys.argv[3], 'teammessage.txt'), 'w').write('team-note: check your sign')\n"
                + "open(os.path.join(sys.argv[3], 'judgemessage.txt'), 'w').write('judge-note: expected '"
                + " + ' '.join(answer))\n"
                + "sys.exit(42 if ok else 43)\n");
        Path copy = dir.resolve("student-messages");
        assertThat(publish(problem, both, copy).code()).isZero();
        Path wrong = source("wrong-messages.py", WRONG);

        Outcome teacher = labjudge("--nodes", both.toString(), "judge", problem.toString(), wrong.toString());
        Outcome student = labjudge("--nodes", both.toString(), "judge", copy.toString(), wrong.toString());

        assertThat(teacher.out()).contains("secret/1 feedback: team-note: check your sign",
                "secret/1 judge message: judge-note: expected ", "Verdict: WRONG_ANSWER");
        assertThat(student.out()).contains("secret/1 feedback: team-note: check your sign", "Verdict: WRONG_ANSWER")
                .doesNotContain("judge message", "judge-note");
    }

    @Test
    void aTeachersJudgeUploadsOnlyWhatTheNodeLacks() throws Exception {
        Path problem = writeProblem("teacher");
        Path right = source("right3.py", SOLUTION);

        Outcome first = labjudge("--nodes", secondOnly.toString(), "judge", problem.toString(), right.toString());
        long uploadsAfterFirst = metric(nodes.get(1), "labjudge_blob_uploads_total");
        long bytesAfterFirst = metric(nodes.get(1), "labjudge_http_request_body_bytes_total");
        Outcome second = labjudge("--nodes", secondOnly.toString(), "judge", problem.toString(), right.toString());
        long bytesOfSecond = metric(nodes.get(1), "labjudge_http_request_body_bytes_total") - bytesAfterFirst;

        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(second.code()).as(second.out() + second.err()).isZero();
        assertThat(metric(nodes.get(1), "labjudge_blob_uploads_total")).as("nothing uploaded again")
                .isEqualTo(uploadsAfterFirst);
        // The second run sends the query and the request by hash: no test data, no validator.
        assertThat(bytesOfSecond).isLessThan(4000);
    }

    private static long metric(NodeProcess node, String name) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(node.url() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return metrics.body().lines().filter(l -> l.startsWith(name + " ")).map(l -> l.substring(name.length() + 1))
                .mapToLong(Long::parseLong).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }
}
