package org.labjudge.app.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.labjudge.app.grade.Grader;
import org.labjudge.app.grade.Judgement;
import org.labjudge.app.grade.ResultCache;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.submission.Submission;
import org.labjudge.node.endtoend.RunningNodeFixture;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;

/**
 * Bytes a class's grading sends (a program, not a test): {@code students} Python submissions graded by the grader
 * over one real node on loopback, on a problem of {@code tests} secret tests with {@code megabytes} MiB of test data
 * in all, first with every test inline in every request (the baseline: how it was before the blob store), then by
 * hash (each blob uploaded once, when the node lacks it). The figures are the node's count of request body bytes
 * received ({@code labjudge_http_request_body_bytes_total}), what the client sent, and the wall time of each.
 *
 * <p>{@code bin/blob-benchmark [students] [megabytes] [tests]} builds and runs it (defaults 30, 20, 20).
 */
public final class BlobBenchmark {
    /** Runs in flight at once, both ways. */
    private static final int PARALLEL = 2;

    private BlobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int tests = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path dir = Files.createTempDirectory("labjudge-blob-bench");
        long inlineRequest = (long) megabytes * 1024 * 1024 + 1024 * 1024;
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 2)
                .set("maxBodyBytes", 2 * inlineRequest))) { // the inline baseline needs room for the whole data
            ProblemPackage problem = ProblemPackages.load(writeProblem(dir, megabytes, tests));
            List<Submission> submissions = writeSubmissions(dir, students);
            Path list = dir.resolve("nodes.json");
            Files.writeString(list, "{\"nodes\":[{\"name\":\"bench\",\"url\":\"" + node.uri("") + "\"}]}");
            try (Pool pool = Pool.start(PoolConfig.defaults().withNodeList(list.toString()).withEmbeddedNode(false)
                    .withRequestDeadline(Duration.ofSeconds(600)))) {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (pool.nodes().stream().anyMatch(s -> s.state() != NodeState.UP) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                System.out.printf("Grading %d students on a problem with %d tests, %.1f MiB of test data, one node"
                        + " of 2 slots on loopback, load average %s%n", students, problem.allTests().size(),
                        dataBytes(problem) / 1048576.0, load());
                Figures inline = inline(pool, node, problem, submissions);
                Figures byHash = byHash(pool, node, problem, submissions);
                print("inline (before)", inline, inline);
                print("by hash (after)", byHash, inline);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Figures(long bytes, double seconds, long accepted, int students) {
    }

    /** The grader's figures: every test's data by hash, uploaded once to the node. */
    private static Figures byHash(Pool pool, RunningNodeFixture node, ProblemPackage problem, List<Submission> subs)
            throws Exception {
        long before = receivedBytes(node);
        long start = System.nanoTime();
        List<Judgement> judged = new Grader(pool, PARALLEL, ResultCache.none()).judge(problem, subs, (d, t) -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        long accepted = judged.stream().filter(j -> j.judged() && j.result().verdict() == Verdict.ACCEPTED).count();
        return new Figures(receivedBytes(node) - before, seconds, accepted, subs.size());
    }

    /**
     * The baseline: each submission's request as the grader builds it before hashing, every test's data inline,
     * sent as the grader sends (streamed, {@code PARALLEL} at a time).
     */
    private static Figures inline(Pool pool, RunningNodeFixture node, ProblemPackage problem, List<Submission> subs)
            throws Exception {
        long before = receivedBytes(node);
        long start = System.nanoTime();
        Semaphore slots = new Semaphore(PARALLEL);
        List<CompletableFuture<RunResult>> runs = new ArrayList<>();
        for (Submission submission : subs) {
            slots.acquire();
            runs.add(pool.submit(Grader.requestFor(problem, submission), test -> { })
                    .whenComplete((result, error) -> slots.release()));
        }
        long accepted = 0;
        for (CompletableFuture<RunResult> run : runs) {
            accepted += run.join().verdict() == Verdict.ACCEPTED ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Figures(receivedBytes(node) - before, seconds, accepted, subs.size());
    }

    private static void print(String label, Figures figures, Figures baseline) {
        System.out.printf("  %-16s %,15d bytes sent (%8.1f MiB), %.4f x the inline baseline, %6.1f s, %d/%d accepted%n",
                label, figures.bytes(), figures.bytes() / 1048576.0, (double) figures.bytes() / baseline.bytes(),
                figures.seconds(), figures.accepted(), figures.students());
    }

    private static long receivedBytes(RunningNodeFixture node) throws IOException, InterruptedException {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(node.uri("/metrics").toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        String name = "labjudge_http_request_body_bytes_total ";
        return metrics.body().lines().filter(l -> l.startsWith(name)).mapToLong(l -> Long.parseLong(l.substring(name.length())))
                .findFirst().orElseThrow();
    }

    private static long dataBytes(ProblemPackage problem) {
        return problem.allTests().stream().mapToLong(t -> t.input().length() + (t.expected() == null ? 0 : t.expected().length())).sum();
    }

    /** Tests whose inputs are lines of digits, {@code megabytes} MiB in all; the answer is the input's length. */
    private static Path writeProblem(Path dir, int megabytes, int tests) throws IOException {
        Path problem = dir.resolve("big-input");
        Files.createDirectories(problem.resolve("data/sample"));
        Files.createDirectories(problem.resolve("data/secret"));
        Files.writeString(problem.resolve("problem.yaml"), "name: Big input\nlimits:\n  time_limit: 5\n");
        Files.writeString(problem.resolve("data/sample/1.in"), "12345\n");
        Files.writeString(problem.resolve("data/sample/1.ans"), "6\n");
        long each = (long) megabytes * 1024 * 1024 / tests;
        String line = "0123456789".repeat(9) + "\n";
        for (int i = 1; i <= tests; i++) {
            StringBuilder input = new StringBuilder("test " + i + "\n"); // no two tests alike: one blob each
            while (input.length() + line.length() <= each) {
                input.append(line);
            }
            input.append(String.valueOf(i % 10).repeat((int) (each - input.length() - 1))).append('\n');
            Files.writeString(problem.resolve("data/secret/" + i + ".in"), input);
            Files.writeString(problem.resolve("data/secret/" + i + ".ans"), input.length() + "\n");
        }
        return problem;
    }

    private static List<Submission> writeSubmissions(Path dir, int students) throws IOException {
        List<Submission> list = new ArrayList<>();
        Files.createDirectories(dir.resolve("subs"));
        for (int i = 0; i < students; i++) {
            String source = "# student " + i + "\nimport sys\nprint(len(sys.stdin.buffer.read()))\n";
            Path file = dir.resolve("subs").resolve(String.format("s%02d.py", i));
            Files.writeString(file, source);
            list.add(new Submission(String.format("s%02d", i), file, "python", source, List.of(), null));
        }
        return list;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
