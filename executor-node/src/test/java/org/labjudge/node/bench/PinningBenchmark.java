package org.labjudge.node.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.labjudge.node.testing.LoadAverage;
import org.labjudge.node.testing.NodeJvm;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;

/**
 * The spread of one program's CPU time with the node's other slot idle and busy, on a 2-slot node without
 * core pinning ({@code pinCores: []}, before) and with it (each slot on its own core, after), in the same run:
 * both nodes are up, and the four cases take turns round by round, so a change in the machine's load falls on
 * all of them. Prints n, median, mean, stdev, min and max of the test's {@code timeMs}. Run with
 * {@code bin/benchmark pinning [rounds]}.
 */
public final class PinningBenchmark {
    /** About 0.3 s of CPU here; the same work every time. */
    private static final String MEASURED = """
            #include <stdio.h>
            int main(void) {
                volatile unsigned long x = 0;
                for (unsigned long i = 0; i < 300000000UL; i++) x += i ^ (x >> 3);
                printf("%lu\\n", x & 1);
                return 0;
            }
            """;
    /** Keeps the other slot busy: spins on its core until the CPU limit stops it. */
    private static final String NEIGHBOUR = "#include <stdio.h>\nint main(void){volatile unsigned long x=0;"
            + "for(;;) x++; return 0;}\n";
    private static final int TESTS_PER_RUN = 5;
    private static final Limits MEASURED_LIMITS = new Limits(5000, 20000, 64, 64, 16);
    private static final Limits NEIGHBOUR_LIMITS = new Limits(3000, 10000, 64, 64, 16);

    private PinningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        String id = "pinbench-" + ProcessHandle.current().pid();
        System.out.printf(Locale.ROOT, "LabJudge core pinning benchmark: %d rounds, %d runs of %d tests per case and"
                + " round, 2 slots, %d cores; load average %s%n", rounds, 1, TESTS_PER_RUN,
                Runtime.getRuntime().availableProcessors(), LoadAverage.now());
        try (NodeJvm before = NodeJvm.builder(id + "-unpinned").slots(2).setting("pinCores", List.of()).start();
                NodeJvm after = NodeJvm.builder(id + "-pinned").slots(2).setting("pinCores", List.of(0, 1)).start()) {
            before.awaitUp(Duration.ofSeconds(120), "c");
            after.awaitUp(Duration.ofSeconds(120), "c");
            Map<String, Stats> cases = new LinkedHashMap<>();
            for (String name : List.of("unpinned, other slot idle", "unpinned, other slot busy",
                    "pinned, other slot idle", "pinned, other slot busy")) {
                cases.put(name, new Stats());
            }
            RunRequest measured = RunRequest.of("c", MEASURED).withLimits(MEASURED_LIMITS).withTests(IntStream
                    .rangeClosed(1, TESTS_PER_RUN).mapToObj(i -> new TestCase("t" + i, "", "0\n")).toList());
            // Warm-up: compile caches, warm sandboxes on both nodes.
            client(before).run(measured);
            client(after).run(measured);
            for (int round = 0; round < rounds; round++) {
                measure(before, measured, false, cases.get("unpinned, other slot idle"));
                measure(after, measured, false, cases.get("pinned, other slot idle"));
                measure(before, measured, true, cases.get("unpinned, other slot busy"));
                measure(after, measured, true, cases.get("pinned, other slot busy"));
            }
            System.out.printf(Locale.ROOT, "%-28s %4s %8s %8s %8s %8s %8s%n", "CPU time of the same program",
                    "n", "median", "mean", "stdev", "min", "max");
            cases.forEach((name, s) -> System.out.printf(Locale.ROOT, "%-28s %4d %8.1f %8.1f %8.1f %8.0f %8.0f%n",
                    name, s.count(), s.median(), s.mean(), s.stdev(), s.min(), s.max()));
            System.out.printf(Locale.ROOT, "load average at the end: %s%n", LoadAverage.now());
        }
    }

    private static BenchClient client(NodeJvm node) {
        return new BenchClient(HttpClient.newHttpClient(), node.port());
    }

    /** One run of {@code TESTS_PER_RUN} tests of the measured program; with {@code busy}, the neighbour spins meanwhile. */
    private static void measure(NodeJvm node, RunRequest measured, boolean busy, Stats into) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Thread neighbour = new Thread(() -> {
            String spin = Json.write(Json.newMapper(), RunRequest.of("c", NEIGHBOUR).withLimits(NEIGHBOUR_LIMITS)
                    .withTests(List.of(new TestCase("spin", "", ""))));
            while (!stop.get()) {
                try {
                    // Ends TIME_LIMIT_EXCEEDED by design: only its load matters.
                    node.send(HttpRequest.newBuilder(node.uri("/api/v1/runs")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(spin)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "neighbour");
        if (busy) {
            neighbour.start();
            Thread.sleep(1500); // past its compile: spinning when the measured run starts
        }
        try {
            RunResult result = client(node).run(measured);
            for (TestResult test : result.tests()) {
                into.add(test.timeMs());
            }
        } finally {
            stop.set(true);
            if (busy) {
                neighbour.join();
            }
        }
    }

}
