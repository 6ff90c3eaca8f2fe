package org.labjudge.app.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.editor.TestLanguages;
import org.labjudge.app.grade.Grader;
import org.labjudge.app.grade.Judgement;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.submission.Submission;
import org.labjudge.app.submission.SubmissionScanner;
import org.labjudge.node.process.NodeProcess;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.labjudge.protocol.RunResult;

/**
 * The pool with three real executor nodes (child processes on loopback ports, Docker sandboxes): a class's
 * 30 submissions are graded while one node is killed mid-run, every one gets its right verdict, and the node,
 * once restarted, gets work again. Needs the Docker engine, the runtime images and the node's shaded jar
 * (built by the reactor before this module, or named by $LABJUDGE_NODE_JAR).
 */
@Tag("docker")
class GradeWithRealNodesTest {

    @TempDir
    Path dir;

    private final List<NodeProcess> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        NodeProcess.stopAll(nodes);
    }

    @Test
    void thirtySubmissionsAreGradedRightWhileANodeIsKilledAndTheRestartedNodeIsUsedAgain() throws Exception {
        long start = System.nanoTime();
        nodes.addAll(NodeProcess.startAll("n", 3, 2));
        log("3 nodes listening", start);
        Path list = NodeProcess.writeNodeList(dir.resolve("nodes.json"), nodes);

        ProblemPackage problem = ProblemPackages.load(writeProblem());
        List<Submission> submissions = SubmissionScanner.scan(writeSubmissions(), TestLanguages.ALL);
        assertThat(submissions).hasSize(30);

        PoolConfig config = PoolConfig.defaults().withNodeList(list.toString())
                .withPollInterval(Duration.ofMillis(300)).withRequestDeadline(Duration.ofSeconds(120))
                .withEmbeddedNode(false);
        try (Pool pool = Pool.start(config)) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    pool.nodes().stream().allMatch(n -> n.state() == NodeState.UP));
            NodeProcess victim = nodes.get(1);
            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger graded = new AtomicInteger();
            Thread killer = new Thread(() -> {
                // Kill once some submissions are done and the victim has runs in flight.
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(10)).until(() ->
                        graded.get() >= 3 && status(pool, victim.nodeId()).busy() > 0);
                try {
                    victim.kill();
                    killed.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            List<Integer> progress = new ArrayList<>();
            killer.start();
            List<Judgement> rows = new Grader(pool, 6).judge(problem, submissions, (done, total) -> {
                synchronized (progress) {
                    progress.add(done);
                }
                graded.set(done);
            });
            killer.join();
            log("30 submissions graded", start);

            assertThat(killed).as("the node was killed while grading").isTrue();
            assertThat(rows).hasSize(30);
            for (Judgement row : rows) {
                String student = row.submission().student();
                assertThat(row.result()).as(student + ": " + row.error()).isNotNull();
                assertThat(row.result().verdict().name()).as(student).isEqualTo(expectedVerdict(student));
                assertThat(row.result().tests()).hasSize(3);
            }
            assertThat(progress).hasSize(30);

            victim.restart();
            victim.awaitListening(180);
            await().atMost(Duration.ofSeconds(60)).until(() -> status(pool, victim.nodeId()).state() == NodeState.UP);
            Set<String> usedNodes = new HashSet<>();
            List<CompletableFuture<RunResult>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                runs.add(pool.submit(problem.judgeRequest("python", source("right"))));
            }
            for (CompletableFuture<RunResult> run : runs) {
                usedNodes.add(run.join().nodeId());
            }
            log("restarted node used again", start);
            assertThat(usedNodes).as("the restarted node gets work again").contains(victim.nodeId());
        }
    }

    private static void log(String what, long start) {
        System.out.printf("%s after %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    private static NodeStatus status(Pool pool, String name) {
        return pool.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    /** Students are named by what their program does: right-07, wrong-03, crash-02. */
    private static String expectedVerdict(String student) {
        if (student.startsWith("right")) {
            return "ACCEPTED";
        }
        return student.startsWith("wrong") ? "WRONG_ANSWER" : "RUNTIME_ERROR";
    }

    private Path writeProblem() throws IOException {
        Path problem = dir.resolve("sum");
        write(problem.resolve("problem.yaml"), "name: Sum\nlimits:\n  time_limit: 3\n");
        write(problem.resolve("data/sample/1.in"), "1 2\n");
        write(problem.resolve("data/sample/1.ans"), "3\n");
        write(problem.resolve("data/secret/a/1.in"), "10 20\n");
        write(problem.resolve("data/secret/a/1.ans"), "30\n");
        write(problem.resolve("data/secret/b/1.in"), "-5 5\n");
        write(problem.resolve("data/secret/b/1.ans"), "0\n");
        return problem;
    }

    private Path writeSubmissions() throws IOException {
        Path folder = dir.resolve("submissions");
        for (int i = 1; i <= 30; i++) {
            String kind = i <= 12 ? "right" : i <= 22 ? "wrong" : "crash";
            write(folder.resolve(String.format("%s-%02d.py", kind, i)), source(kind));
        }
        return folder;
    }

    /** Each test sleeps a little, so runs are in flight long enough for the kill to hit some. */
    private static String source(String kind) {
        String body = switch (kind) {
            case "right" -> "print(a + b)";
            case "wrong" -> "print(a - b)";
            default -> "raise SystemExit(3)";
        };
        return "import time\ntime.sleep(0.25)\na, b = map(int, input().split())\n" + body + "\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
