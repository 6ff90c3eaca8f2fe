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
 * The node-killed-mid-grade test, one set of expectations for every way the teacher's pool client reaches the
 * nodes (straight, or through a gateway as its one node): a class's 30 submissions (12 right, 10 wrong, 8 that
 * crash; 3 tests each) are graded by the desktop's {@link Grader} while one node is SIGKILLed with runs in flight;
 * every submission gets its right verdict on all 3 tests, none is lost, and the node, once restarted, gets work
 * again.
 */
final class NodeKilledMidGrade {
    private static final int SUBMISSIONS = 30;
    private static final int TESTS = 3;
    /** Runs sent after the restart: enough that the balancing gives the restarted node some. */
    private static final int AGAIN = 12;

    private final ProblemPackage problem;
    private final List<Submission> submissions;

    private NodeKilledMidGrade(ProblemPackage problem, List<Submission> submissions) {
        this.problem = problem;
        this.submissions = submissions;
    }

    /** Writes the problem and the class's submissions into {@code dir}. */
    static NodeKilledMidGrade write(Path dir) throws Exception {
        ProblemPackage problem = ProblemPackages.load(writeProblem(dir.resolve("sum")));
        List<Submission> submissions = SubmissionScanner.scan(writeSubmissions(dir.resolve("submissions")),
                TestLanguages.ALL);
        assertThat(submissions).hasSize(SUBMISSIONS);
        return new NodeKilledMidGrade(problem, submissions);
    }

    /** The teacher's pool client over {@code nodeList}, as {@code labjudge grade} opens it, polling faster. */
    static Pool client(Path nodeList) throws Exception {
        return Pool.start(PoolConfig.defaults().withNodeList(nodeList.toString())
                .withPollInterval(Duration.ofMillis(300)).withRequestDeadline(Duration.ofSeconds(120))
                .withEmbeddedNode(false));
    }

    /**
     * Grades the class through {@code client}, six at a time, and kills {@code victim} once three are graded and
     * {@code balancer} (the pool that spreads runs over the nodes: {@code client} itself, or a gateway's) has runs
     * in flight on it; then checks every verdict, restarts the victim and checks that it gets work again.
     *
     * @return the runs the client asked for: one a submission, then those after the restart
     */
    int gradeWhileKilling(Pool client, Pool balancer, NodeProcess victim) throws Exception {
        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).until(() -> client.nodes().stream().allMatch(n -> n.state() == NodeState.UP)
                && balancer.nodes().stream().allMatch(n -> n.state() == NodeState.UP));
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger graded = new AtomicInteger();
        Thread killer = new Thread(() -> {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(10)).until(() ->
                    graded.get() >= 3 && status(balancer, victim.nodeId()).busy() > 0);
            try {
                victim.kill();
                killed.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<Integer> progress = new ArrayList<>();
        killer.start();
        List<Judgement> rows = new Grader(client, 6).judge(problem, submissions, (done, total) -> {
            synchronized (progress) {
                progress.add(done);
            }
            graded.set(done);
        });
        killer.join();
        log(SUBMISSIONS + " submissions graded", start);

        assertThat(killed).as("the node was killed while grading").isTrue();
        assertThat(rows).hasSize(SUBMISSIONS);
        for (Judgement row : rows) {
            String student = row.submission().student();
            assertThat(row.result()).as(student + ": " + row.error()).isNotNull();
            assertThat(row.result().verdict().name()).as(student).isEqualTo(expectedVerdict(student));
            assertThat(row.result().tests()).as(student).hasSize(TESTS);
        }
        assertThat(progress).hasSize(SUBMISSIONS);

        victim.restart();
        victim.awaitListening(180);
        await().atMost(Duration.ofSeconds(60)).until(() -> status(balancer, victim.nodeId()).state() == NodeState.UP);
        Set<String> usedNodes = new HashSet<>();
        List<CompletableFuture<RunResult>> runs = new ArrayList<>();
        for (int i = 0; i < AGAIN; i++) {
            runs.add(client.submit(problem.judgeRequest("python", source("right"))));
        }
        for (CompletableFuture<RunResult> run : runs) {
            usedNodes.add(run.join().nodeId());
        }
        log("restarted node used again", start);
        assertThat(usedNodes).as("the restarted node gets work again").contains(victim.nodeId());
        return SUBMISSIONS + AGAIN;
    }

    private static void log(String what, long start) {
        System.out.printf("%s after %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    private static NodeStatus status(Pool pool, String name) {
        return pool.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    /** Students are named by what their program does: right-07, wrong-13, crash-23. */
    private static String expectedVerdict(String student) {
        if (student.startsWith("right")) {
            return "ACCEPTED";
        }
        return student.startsWith("wrong") ? "WRONG_ANSWER" : "RUNTIME_ERROR";
    }

    private static Path writeProblem(Path problem) throws IOException {
        write(problem.resolve("problem.yaml"), "name: Sum\nlimits:\n  time_limit: 3\n");
        write(problem.resolve("data/sample/1.in"), "1 2\n");
        write(problem.resolve("data/sample/1.ans"), "3\n");
        write(problem.resolve("data/secret/a/1.in"), "10 20\n");
        write(problem.resolve("data/secret/a/1.ans"), "30\n");
        write(problem.resolve("data/secret/b/1.in"), "-5 5\n");
        write(problem.resolve("data/secret/b/1.ans"), "0\n");
        return problem;
    }

    private static Path writeSubmissions(Path folder) throws IOException {
        for (int i = 1; i <= SUBMISSIONS; i++) {
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
