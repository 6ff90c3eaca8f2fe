package org.labjudge.node.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.labjudge.node.testing.NodeJvm;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;

/**
 * Measures a node end to end over HTTP against {@code docker run --rm} baselines in the same run,
 * and prints the figures and ratios. Run with {@code bin/benchmark} (it builds first).
 *
 * <p>Arguments: {@code [iterations]} (default 30) per latency scenario.
 */
public final class NodeBenchmark {
    private static final String PY_HELLO = "print(\"Hello, world!\")\n";
    private static final String C_HELLO = "#include <stdio.h>\nint main(void){puts(\"Hello, world!\");return 0;}\n";
    private static final String JAVA_HELLO =
            "public class Main { public static void main(String[] a) { System.out.println(\"Hello, world!\"); } }\n";
    /** The baseline compiles and runs Java exactly as the node does (same javac and java flags). */
    private static final String JAVA_BASELINE = javaBaseline();
    private static final int CLIENTS = 16;

    private final ExecutorService clientThreads = Executors.newFixedThreadPool(CLIENTS);
    private final BenchClient client;
    private final int iterations;

    private NodeBenchmark(int port, int iterations) {
        this.client = new BenchClient(HttpClient.newBuilder().executor(clientThreads).build(), port);
        this.iterations = iterations;
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int slots = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "LabJudge node benchmark: %d iterations per scenario, %d slots, %d clients for throughput%n",
                iterations, slots, CLIENTS);
        try (NodeJvm node = startNode(slots)) {
            NodeBenchmark bench = new NodeBenchmark(node.port(), iterations);
            System.out.printf(Locale.ROOT, "node resident memory, idle after start: %.0f MB%n", node.residentMb());
            bench.warm();
            System.out.printf(Locale.ROOT, "node resident memory, idle after warm-up: %.0f MB%n", node.residentMb());
            try {
                bench.run(node, slots);
            } finally {
                // Its threads are not daemons: left running they kept the benchmark from exiting.
                bench.clientThreads.shutdownNow();
            }
        }
    }

    /** The node in its own JVM, so its memory is its own; returns once its pool has filled. */
    private static NodeJvm startNode(int slots) throws Exception {
        NodeJvm node = NodeJvm.builder("bench-" + ProcessHandle.current().pid())
                .slots(slots)
                // A queue deep enough for every client: the benchmark measures serving, not refusing.
                .setting("maxQueue", CLIENTS * 2)
                .jvmOptions(NodeJvm.benchmarkJvmOptions())
                .start();
        try {
            node.awaitUp(Duration.ofSeconds(120), "java");
        } catch (Exception | Error e) {
            node.close();
            throw e;
        }
        Thread.sleep(2000); // let the pool fill
        return node;
    }

    private void warm() {
        for (int i = 0; i < 3; i++) {
            run(RunRequest.of("python", PY_HELLO));
            run(RunRequest.of("c", C_HELLO));
            run(RunRequest.of("java", JAVA_HELLO));
        }
    }

    private static String javaBaseline() {
        Language java = LanguageTable.defaults().find("java").orElseThrow();
        return "mkdir -p /tmp/j && cd /tmp/j && cat > " + java.sourceFileFor(JAVA_HELLO)
                + " && " + shell(java.compileCommandFor(JAVA_HELLO)) + " && " + shell(java.runCommandFor(JAVA_HELLO));
    }

    private static String shell(List<String> command) {
        return command.stream().map(arg -> "'" + arg + "'").collect(java.util.stream.Collectors.joining(" "));
    }

    private void run(NodeJvm node, int slots) throws Exception {
        Stats py = latency(RunRequest.of("python", PY_HELLO));
        Stats c = latency(RunRequest.of("c", C_HELLO));
        Stats java = latency(RunRequest.of("java", JAVA_HELLO));
        List<TestCase> tests = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> new TestCase(Integer.toString(i), i + " " + i + "\n", (2 * i) + "\n")).toList();
        Stats problem = latency(RunRequest.of("python", "a, b = map(int, input().split())\nprint(a + b)\n")
                .withTests(tests));

        Stats pyBase = new Stats();
        Stats cBase = new Stats();
        Stats javaBase = new Stats();
        for (int i = 0; i < iterations; i++) {
            pyBase.add(DockerRunBaseline.once("labjudge/python:current", "python3 -c 'print(\"Hello, world!\")'", ""));
            cBase.add(DockerRunBaseline.once("labjudge/c:current",
                    "cat > /tmp/main.c && gcc -O2 -o /tmp/main /tmp/main.c && /tmp/main", C_HELLO));
            if (i < Math.max(5, iterations / 3)) {
                javaBase.add(DockerRunBaseline.once("labjudge/java:current", JAVA_BASELINE, JAVA_HELLO));
            }
        }

        System.out.println("java baseline: docker run --rm ... sh -c \"" + JAVA_BASELINE + "\"");
        double nodeThroughput = throughput(RunRequest.of("python", PY_HELLO), CLIENTS, Math.max(200, iterations * 8));
        double baseThroughput = baselineThroughput(2, Math.max(20, iterations));

        System.out.println();
        System.out.println("scenario                      node median   node p95   docker run median   ratio (node/docker)");
        row("python hello world", py, pyBase, 0.25);
        row("c hello world (compile+run)", c, cBase, 0.5);
        row("java hello world (compile+run)", java, javaBase, Double.NaN);
        System.out.printf(Locale.ROOT, "%-29s %8.1f ms %8.1f ms   %17s%n", "python, 20-test problem", problem.median(),
                problem.p95(), "-");
        System.out.println();
        System.out.printf(Locale.ROOT, "throughput, python hello world: node with %d clients %.1f runs/s;"
                        + " 2 parallel 'docker run --rm' loops %.1f runs/s; ratio %.2f (goal >= 3)%n",
                CLIENTS, nodeThroughput, baseThroughput, nodeThroughput / baseThroughput);
        System.out.printf(Locale.ROOT, "node resident memory after the load: %.0f MB%n", node.residentMb());
        double full = fullQueueMemory(node, slots);
        System.out.printf(Locale.ROOT, "node resident memory with a full queue (%d running + %d queued): %.0f MB%n",
                slots, slots * 4, full);
    }

    private static void row(String name, Stats node, Stats base, double goal) {
        double ratio = node.median() / base.median();
        System.out.printf(Locale.ROOT, "%-29s %8.1f ms %8.1f ms   %14.1f ms   %.2f%s%n", name, node.median(), node.p95(),
                base.median(), ratio, Double.isNaN(goal) ? "" : String.format(Locale.ROOT, " (goal <= %.2f)", goal));
    }

    private Stats latency(RunRequest request) {
        Stats stats = new Stats();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            run(request);
            stats.add((System.nanoTime() - start) / 1e6);
        }
        return stats;
    }

    private RunResult run(RunRequest request) {
        return client.run(request);
    }

    /** Runs {@code total} requests from {@code clients} concurrent clients; returns runs per second. */
    private double throughput(RunRequest request, int clients, int total) throws Exception {
        AtomicInteger left = new AtomicInteger(total);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    run(request);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static double baselineThroughput(int loops, int total) throws Exception {
        AtomicInteger left = new AtomicInteger(total);
        ExecutorService pool = Executors.newFixedThreadPool(loops);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < loops; i++) {
            workers.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    DockerRunBaseline.once("labjudge/python:current", "python3 -c 'print(\"Hello, world!\")'", "");
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    /** Fills every slot and the queue with sleeping runs and reads the node's memory meanwhile. */
    private double fullQueueMemory(NodeJvm node, int slots) throws Exception {
        int inFlight = slots * 5;
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            calls.add(pool.submit(() -> run(RunRequest.of("bash", "sleep 1; echo Hello, world!"))));
        }
        Thread.sleep(700);
        double rss = node.residentMb();
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        return rss;
    }
}
