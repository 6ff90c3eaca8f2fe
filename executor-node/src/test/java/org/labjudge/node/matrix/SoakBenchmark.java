package org.labjudge.node.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.sandbox.SandboxLabels;
import org.labjudge.node.testing.LoadAverage;
import org.labjudge.node.testing.NodeJvm;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * Hours, not minutes: mixed load from several clients over three nodes (one slot each) for a given time, then
 * what each node holds at the start (after warm-up) and at the end: resident memory, threads, open files and
 * its sandbox containers; and runs done, failures (an HTTP error, a lost or a wrong verdict). Every run is
 * one language of the table with the verdict matrix's program ({@link MatrixPrograms}): a test it passes and
 * one it fails in a known way (wrong answer, crash, endless loop, endless allocation), or a hostile program
 * (a fork bomb, an output flood). Run with {@code bin/benchmark soak [minutes] [clients]} (default 10, 4).
 */
public final class SoakBenchmark {
    private static final Limits LIMITS = new Limits(3000, 10000, 256, 64, 64);
    private static final Limits HOSTILE = new Limits(1000, 4000, 128, 64, 32);
    private static final String FORK_BOMB = "bomb() { bomb | bomb & }; bomb\nsleep 30\n";
    private static final String FLOOD = "yes spam\n";

    /** One kind of run and what it must end as. */
    private record Kind(String name, TestCase failing, Verdict expected) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("accepted", null, Verdict.ACCEPTED),
            new Kind("wrong answer", new TestCase("wrong", "1 2\n", "4\n"), Verdict.WRONG_ANSWER),
            new Kind("run-time error", new TestCase("crash", "-1\n", ""), Verdict.RUNTIME_ERROR),
            new Kind("time limit", new TestCase("loop", "-1 -1\n", ""), Verdict.TIME_LIMIT_EXCEEDED),
            new Kind("memory limit", new TestCase("hog", "-3\n", ""), Verdict.MEMORY_LIMIT_EXCEEDED));

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<Language> languages = LanguageTable.defaults().all();
        String id = "soak-" + ProcessHandle.current().pid();
        System.out.printf(Locale.ROOT, "LabJudge soak: %.1f min, %d clients, 3 nodes of 1 slot, %d languages; load %s%n",
                minutes, clients, languages.size(), LoadAverage.now());
        List<NodeJvm> nodes = new ArrayList<>();
        try {
            for (int n = 1; n <= 3; n++) {
                nodes.add(NodeJvm.builder(id + "-" + n).slots(1).setting("maxQueue", clients * 2).start());
            }
            for (NodeJvm node : nodes) {
                node.awaitUp(Duration.ofSeconds(600), "python", "c", "java");
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ObjectMapper json = Json.newMapper();
            // Warm-up: every language once on every node, so "start" is after the pools have filled.
            for (NodeJvm node : nodes) {
                for (Language language : languages) {
                    post(http, json, node, request(language, KINDS.get(0), 0));
                }
            }
            List<String> start = new ArrayList<>();
            for (NodeJvm node : nodes) {
                start.add(figures(node));
            }
            LongAdder done = new LongAdder();
            Map<String, LongAdder> failures = new ConcurrentHashMap<>();
            AtomicLong next = new AtomicLong();
            long endAt = System.nanoTime() + (long) (minutes * 60e9);
            long began = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                long seed = c;
                pool.execute(() -> {
                    Random random = new Random(seed);
                    while (System.nanoTime() < endAt) {
                        long n = next.getAndIncrement();
                        NodeJvm node = nodes.get((int) (n % nodes.size()));
                        String failure = once(http, json, node, languages, random, n);
                        done.increment();
                        if (failure != null) {
                            failures.computeIfAbsent(failure, f -> new LongAdder()).increment();
                        }
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
                System.out.printf(Locale.ROOT, "soak: %.1f min, %d runs, %d failures; load %s%n",
                        (System.nanoTime() - began) / 60e9, done.sum(),
                        failures.values().stream().mapToLong(LongAdder::sum).sum(), LoadAverage.now());
            }
            Thread.sleep(5000); // the last runs' containers go back to the pools
            System.out.printf(Locale.ROOT, "soak: %d runs in %.1f min, %d failures%n", done.sum(),
                    (System.nanoTime() - began) / 60e9, failures.values().stream().mapToLong(LongAdder::sum).sum());
            failures.forEach((what, count) -> System.out.printf(Locale.ROOT, "  %5d x %s%n", count.sum(), what));
            for (int n = 0; n < nodes.size(); n++) {
                System.out.printf(Locale.ROOT, "node %d at start: %s%n", n + 1, start.get(n));
                System.out.printf(Locale.ROOT, "node %d at end:   %s%n", n + 1, figures(nodes.get(n)));
            }
            System.out.printf(Locale.ROOT, "load average at the end: %s%n", LoadAverage.now());
        } finally {
            for (NodeJvm node : nodes) {
                node.close();
            }
        }
    }

    /** One run; what went wrong, or null. */
    private static String once(HttpClient http, ObjectMapper json, NodeJvm node, List<Language> languages,
            Random random, long n) {
        try {
            int pick = random.nextInt(20);
            if (pick == 0) {
                return expect(post(http, json, node, RunRequest.of("bash", FORK_BOMB).withLimits(HOSTILE)), "fork bomb",
                        Verdict.TIME_LIMIT_EXCEEDED, Verdict.RUNTIME_ERROR);
            }
            if (pick == 1) {
                return expect(post(http, json, node, RunRequest.of("bash", FLOOD).withLimits(HOSTILE)), "output flood",
                        Verdict.OUTPUT_LIMIT_EXCEEDED);
            }
            Language language = languages.get(random.nextInt(languages.size()));
            // Half the runs pass; the other half fail in one of the four ways.
            Kind kind = random.nextBoolean() ? KINDS.get(0) : KINDS.get(1 + random.nextInt(KINDS.size() - 1));
            return expect(post(http, json, node, request(language, kind, n)), language.id() + " " + kind.name(),
                    kind.expected());
        } catch (IOException | RuntimeException e) {
            return "no answer: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static RunRequest request(Language language, Kind kind, long n) {
        int i = (int) (n % 100);
        List<TestCase> tests = new ArrayList<>(List.of(new TestCase("t", i + "\n" + (i + 1) + " 2\n\n3", (2 * i + 6) + "\n")));
        if (kind.failing() != null) {
            tests.add(kind.failing());
        }
        return RunRequest.of(language.id(), MatrixPrograms.BY_LANGUAGE.get(language.id()).judge())
                .withLimits(LIMITS).withTests(tests);
    }

    private static RunResult post(HttpClient http, ObjectMapper json, NodeJvm node, RunRequest request)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.uri("/api/v1/runs"))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(json, request))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return Json.read(json, response.body(), RunResult.class);
    }

    /** Null when the run ended as one of {@code allowed}; else what it was. */
    private static String expect(RunResult result, String what, Verdict... allowed) {
        for (Verdict verdict : allowed) {
            if (result.verdict() == verdict) {
                return null;
            }
        }
        TestResult last = result.tests().get(result.tests().size() - 1);
        return what + ": " + result.verdict() + " (" + last.message() + ")";
    }

    /** Resident memory, threads, open files and sandbox containers of a node now. */
    private static String figures(NodeJvm node) throws IOException, InterruptedException {
        Path proc = Path.of("/proc", Long.toString(node.process().pid()));
        String threads = Files.readAllLines(proc.resolve("status")).stream().filter(l -> l.startsWith("Threads:"))
                .map(l -> l.replaceAll("[^0-9]", "")).findFirst().orElse("?");
        long files;
        try (var fds = Files.list(proc.resolve("fd"))) {
            files = fds.count();
        }
        Process ps = new ProcessBuilder("docker", "ps", "-aq", "--filter", "label=" + SandboxLabels.NODE + "="
                + node.nodeId()).redirectErrorStream(true).start();
        long containers = new String(ps.getInputStream().readAllBytes()).lines().filter(l -> !l.isBlank()).count();
        ps.waitFor(30, TimeUnit.SECONDS);
        return String.format(Locale.ROOT, "RSS %.0f MB, %s threads, %d open files, %d containers", node.residentMb(),
                threads, files, containers);
    }

}
