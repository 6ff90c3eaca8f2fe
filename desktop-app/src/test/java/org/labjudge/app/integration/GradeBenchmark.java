package org.labjudge.app.integration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.labjudge.app.grade.Grader;
import org.labjudge.app.grade.Judgement;
import org.labjudge.app.grade.SimilarityCheck;
import org.labjudge.app.grade.SimilarityReport;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.submission.Submission;
import org.labjudge.node.process.NodeProcess;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;

/**
 * Grading benchmark (a program, not a test), two parts in one run:
 *
 * <ol>
 *   <li>similarity: JPlag over 30, 100 and 300 generated Python submissions of ClassOfThirty's kind (the
 *   template as base code), the time of each, so 300 is read against its baselines;</li>
 *   <li>pool throughput (unless {@code --no-pool}): {@code nodes} real executor nodes of {@code slots} slots on
 *   loopback grade {@code submissions} right answers of the 5-test "sum" problem, with 1 at a time (the
 *   baseline), with as many at a time as the pool has slots and with twice that (the default of
 *   {@code labjudge grade}); printed as judged runs per second against the pool's slot total. Then the same with
 *   each test sleeping 200 ms first: runs that wait, not compute, so the slots bound the rate and not this
 *   machine's cores, as on a lab of separate machines.</li>
 * </ol>
 *
 * <p>{@code bin/grade-benchmark [nodes] [slots] [submissions]} builds and runs it (defaults 2 nodes, 2 slots,
 * 40 submissions); {@code bin/grade-benchmark --cache [nodes] [slots] [submissions]} runs {@link RegradeBenchmark}
 * instead (default 30 submissions).
 */
public final class GradeBenchmark {

    private GradeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean pool = !List.of(args).contains("--no-pool");
        boolean cacheOnly = List.of(args).contains("--cache");
        List<String> numbers = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        int nodeCount = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 2;
        int slots = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 2;
        int submissions = numbers.size() > 2 ? Integer.parseInt(numbers.get(2)) : cacheOnly ? 30 : 40;
        Path dir = Files.createTempDirectory("labjudge-grade-bench");
        try {
            if (cacheOnly) {
                new RegradeBenchmark(dir, nodeCount, slots, submissions).run();
                return;
            }
            ClassOfThirty lab = ClassOfThirty.write(dir);
            similarity(dir, lab);
            if (pool) {
                throughput(dir, lab, nodeCount, slots, submissions);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void similarity(Path dir, ClassOfThirty lab) throws Exception {
        System.out.println("Similarity (JPlag 4.3.0 in this JVM, Python, template as base code, threshold 0.5):");
        SimilarityCheck check = new SimilarityCheck(0.5, lab.template);
        check.check(generated(dir.resolve("warm"), 20)); // class loading and JIT, not counted
        for (int n : new int[] {30, 100, 300}) {
            List<Submission> subs = generated(dir.resolve("sim-" + n), n);
            long start = System.nanoTime();
            SimilarityReport report = check.check(subs);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("  %3d submissions (%5d pairs): %6d ms, %d pairs reported, %d notes%n", n,
                    n * (n - 1) / 2, ms, report.pairs().size(), report.notes().size());
        }
    }

    static List<Submission> generated(Path dir, int n) throws Exception {
        return generated(dir, n, 0);
    }

    /** {@code n} right answers; each test first sleeps {@code sleepMs} (0: none), so its time is waiting, not CPU. */
    static List<Submission> generated(Path dir, int n, int sleepMs) throws Exception {
        Files.createDirectories(dir);
        List<Submission> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String source = ClassOfThirty.TEMPLATE + ClassOfThirty.helper(7000 + i, false)
                    + (sleepMs > 0 ? "\nimport time\ntime.sleep(" + sleepMs / 1000.0 + ")\n" : "")
                    + "\nvalues = read_numbers()\nwrite_answer(sum(values))\n";
            Path file = dir.resolve(String.format("s%03d.py", i));
            Files.writeString(file, source);
            list.add(new Submission(String.format("s%03d", i), file, "python", source, List.of(), null));
        }
        return list;
    }

    private static void throughput(Path dir, ClassOfThirty lab, int nodeCount, int slots, int n) throws Exception {
        List<NodeProcess> nodes = new ArrayList<>();
        try {
            nodes.addAll(NodeProcess.startAll("bench", nodeCount, slots));
            Path list = NodeProcess.writeNodeList(dir.resolve("nodes.json"), nodes);
            ProblemPackage problem = ProblemPackages.load(lab.problem);
            List<Submission> subs = generated(dir.resolve("pool"), n);
            try (Pool pool = Pool.start(PoolConfig.defaults().withNodeList(list.toString()).withEmbeddedNode(false)
                    .withRequestDeadline(Duration.ofSeconds(300)))) {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (!pool.nodes().stream().allMatch(s -> s.state() == NodeState.UP) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                int total = pool.nodes().stream().mapToInt(NodeStatus::slots).sum();
                new Grader(pool, total).judge(problem, subs.subList(0, Math.min(subs.size(), 2 * total)),
                        (d, t) -> { }); // warm containers on every node
                // The nodes share this machine's cores: with fewer cores than slots, the cores bound the rate.
                System.out.printf("Pool throughput: %d nodes x %d slots = %d slots on %d cores, %d submissions x %d"
                        + " tests, load average %s%n", nodeCount, slots, total,
                        Runtime.getRuntime().availableProcessors(), n, problem.allTests().size(), load());
                rates(pool, problem, subs, total, n);
                // Runs that wait rather than compute: on this machine's few cores the slots, not the cores, are
                // the bound, as on a lab of separate machines; this shows whether grading keeps every slot busy.
                System.out.printf("Pool throughput, each test sleeping %d ms first (the slots bound, not the cores),"
                        + " load average %s%n", WAITING_MS, load());
                rates(pool, problem, generated(dir.resolve("pool-waiting"), n, WAITING_MS), total, n);
            }
        } finally {
            NodeProcess.stopAll(nodes);
        }
    }

    /** Each test of the waiting workload sleeps this long first. */
    private static final int WAITING_MS = 200;

    /** Grades {@code subs} with 1, {@code total} and 2 x {@code total} at a time and prints each rate. */
    private static void rates(Pool pool, ProblemPackage problem, List<Submission> subs, int total, int n)
            throws InterruptedException {
        double baseline = 0;
        for (int parallel : new int[] {1, total, 2 * total}) {
            long start = System.nanoTime();
            List<Judgement> judged = new Grader(pool, parallel).judge(problem, subs, (d, t) -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            long ok = judged.stream().filter(j -> j.judged()
                    && j.result().verdict() == org.labjudge.protocol.Verdict.ACCEPTED).count();
            double rate = n / seconds;
            baseline = parallel == 1 ? rate : baseline;
            System.out.printf("  %2d at a time%-20s %6.1f s, %5.2f runs/s, %5.2f per slot, %4.2f x the"
                            + " baseline (%d slots: at most %d x), %d/%d accepted, load average %s%n",
                    parallel, parallel == 1 ? " (baseline)" : parallel == total ? " (= slots)"
                            : " (2 x slots, default)", seconds, rate, rate / total, rate / baseline, total, total, ok, n,
                    load());
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
