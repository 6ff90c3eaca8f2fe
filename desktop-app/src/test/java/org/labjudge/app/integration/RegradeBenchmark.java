package org.labjudge.app.integration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.labjudge.app.grade.Grader;
import org.labjudge.app.grade.Judgement;
import org.labjudge.app.grade.ResultCache;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.submission.Submission;
import org.labjudge.node.process.NodeProcess;
import org.labjudge.protocol.Verdict;
import org.labjudge.problem.ProblemPackages;

/**
 * The per-test cache measured (a program, not a test): {@code submissions} generated Python submissions graded
 * on a 20-test problem over real nodes, four times in one run: a full grade into an empty cache, the same grade
 * again (nothing changed), the grade after one test's answer file changed, and, as the baseline, that last
 * grade without the cache (what a cache keyed by the whole problem does after any test changes: everything
 * again). Each prints the tests the nodes ran (their {@code labjudge_tests_total}, skipped ones left out) and
 * the wall time.
 */
final class RegradeBenchmark {

    private static final int TESTS = 20;

    private final Path dir;
    private final int nodeCount;
    private final int slots;
    private final int submissions;

    RegradeBenchmark(Path dir, int nodeCount, int slots, int submissions) {
        this.dir = dir;
        this.nodeCount = nodeCount;
        this.slots = slots;
        this.submissions = submissions;
    }

    void run() throws Exception {
        Path problem = writeProblem();
        List<Submission> subs = GradeBenchmark.generated(dir.resolve("subs"), submissions);
        List<NodeProcess> nodes = new ArrayList<>();
        try {
            nodes.addAll(NodeProcess.startAll("regrade", nodeCount, slots));
            Path list = NodeProcess.writeNodeList(dir.resolve("nodes.json"), nodes);
            try (Pool pool = Pool.start(PoolConfig.defaults().withNodeList(list.toString()).withEmbeddedNode(false)
                    .withRequestDeadline(Duration.ofSeconds(300)))) {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (!pool.nodes().stream().allMatch(s -> s.state() == NodeState.UP)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                int parallel = 2 * pool.nodes().stream().mapToInt(NodeStatus::slots).sum();
                new Grader(pool, parallel).judge(ProblemPackages.load(problem), subs.subList(0, Math.min(
                        subs.size(), parallel)), (d, t) -> { }); // warm containers on every node, not counted
                System.out.printf("Regrade with the per-test cache: %d nodes x %d slots, %d submissions x %d tests,"
                        + " %d at a time, load average %s%n", nodeCount, slots, submissions, TESTS, parallel,
                        GradeBenchmark.load());
                ResultCache cache = ResultCache.in(dir.resolve("cache"));
                Figure full = grade("full grade (empty cache)", pool, nodes, problem, subs, parallel, cache);
                grade("rerun, nothing changed", pool, nodes, problem, subs, parallel, cache);
                Files.writeString(problem.resolve("data/secret/g2/05.ans"), "-1\n"); // the teacher edits one answer
                Figure one = grade("rerun, one test file changed", pool, nodes, problem, subs, parallel, cache);
                Figure baseline = grade("baseline: the same full regrade", pool, nodes, problem, subs, parallel,
                        ResultCache.none());
                System.out.printf("  one test changed: %.1f%% of the baseline's tests, %.2f x its speed"
                        + " (full grade %.1f s)%n", 100.0 * one.tests() / baseline.tests(),
                        baseline.seconds() / one.seconds(), full.seconds());
            }
        } finally {
            NodeProcess.stopAll(nodes);
        }
    }

    private record Figure(long tests, double seconds) {
    }

    private static Figure grade(String what, Pool pool, List<NodeProcess> nodes, Path problem, List<Submission> subs,
            int parallel, ResultCache cache) throws Exception {
        long before = testsRun(nodes);
        long start = System.nanoTime();
        List<Judgement> judged = new Grader(pool, parallel, cache).judge(ProblemPackages.load(problem), subs,
                (d, t) -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        long tests = testsRun(nodes) - before;
        long accepted = judged.stream().filter(j -> j.judged() && j.result().verdict() == Verdict.ACCEPTED).count();
        System.out.printf("  %-34s %5d tests run, %6.1f s, %d/%d accepted%n", what, tests, seconds, accepted,
                subs.size());
        return new Figure(tests, seconds);
    }

    private static long testsRun(List<NodeProcess> nodes) throws Exception {
        long sum = 0;
        for (NodeProcess node : nodes) {
            sum += node.counter("labjudge_tests_total", labels -> !labels.contains("\"SKIPPED\""));
        }
        return sum;
    }

    /** A pass/fail sum problem of 2 samples and 18 secret tests in two groups. */
    private Path writeProblem() throws Exception {
        Path problem = dir.resolve("sum20");
        write(problem.resolve("problem.yaml"), "name: Sum of twenty\nlimits:\n  time_limit: 2\n");
        for (int i = 1; i <= TESTS; i++) {
            String folder = i <= 2 ? "sample" : i <= 11 ? "secret/g1" : "secret/g2";
            int n = i <= 2 ? i : i <= 11 ? i - 2 : i - 11;
            List<String> numbers = new ArrayList<>();
            long sum = 0;
            for (int k = 0; k < i; k++) {
                long v = (k * 7919L + i * 104729L) % 2001 - 1000;
                numbers.add(String.valueOf(v));
                sum += v;
            }
            String name = String.format("%02d", n);
            write(problem.resolve("data/" + folder + "/" + name + ".in"), i + "\n" + String.join(" ", numbers) + "\n");
            write(problem.resolve("data/" + folder + "/" + name + ".ans"), sum + "\n");
        }
        return problem;
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
