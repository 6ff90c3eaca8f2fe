package org.labjudge.node.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.labjudge.node.testing.LoadAverage;
import org.labjudge.node.testing.NodeJvm;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.TestCase;

/**
 * What gVisor costs: the same scenarios against a node under the engine's default runtime and one with
 * {@code "runtime": "runsc"}, in the same run, taking turns per iteration (so the machine's load falls on both):
 * median and p95 latency of Python hello world, C compile and run, a 20-test Python problem; then throughput of
 * Python hello world with 8 clients against each. Run with {@code bin/benchmark gvisor [iterations]} (the engine
 * must have the runsc runtime: installers/scripts/ensure-gvisor.sh).
 */
public final class RuntimeBenchmark {
    private static final String PY_HELLO = "print('Hello, world!')\n";
    private static final String C_HELLO = "#include <stdio.h>\nint main(void){puts(\"Hello, world!\");return 0;}\n";
    private static final int CLIENTS = 8;

    private RuntimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String id = "rtbench-" + ProcessHandle.current().pid();
        System.out.printf(Locale.ROOT, "LabJudge runtime benchmark: default runtime vs runsc (gVisor), %d iterations"
                + " per scenario, 2 slots each; load average %s%n", iterations, LoadAverage.now());
        try (NodeJvm runc = NodeJvm.builder(id + "-default").slots(2).setting("maxQueue", CLIENTS * 2).start();
                NodeJvm runsc = NodeJvm.builder(id + "-runsc").slots(2).setting("maxQueue", CLIENTS * 2)
                        .setting("runtime", "runsc").start()) {
            runc.awaitUp(Duration.ofSeconds(180), "python", "c");
            runsc.awaitUp(Duration.ofSeconds(180), "python", "c");
            BenchClient a = new BenchClient(HttpClient.newHttpClient(), runc.port());
            BenchClient b = new BenchClient(HttpClient.newHttpClient(), runsc.port());
            List<TestCase> tests = IntStream.rangeClosed(1, 20)
                    .mapToObj(i -> new TestCase(Integer.toString(i), i + " " + i + "\n", (2 * i) + "\n")).toList();
            List<RunRequest> scenarios = List.of(RunRequest.of("python", PY_HELLO), RunRequest.of("c", C_HELLO),
                    RunRequest.of("python", "a, b = map(int, input().split())\nprint(a + b)\n").withTests(tests));
            List<String> names = List.of("python hello world", "c hello world (compile+run)", "python, 20-test problem");
            for (RunRequest warm : scenarios) {
                a.run(warm);
                b.run(warm);
            }
            System.out.printf(Locale.ROOT, "%-29s %12s %12s %12s %12s %8s%n", "scenario", "default med",
                    "default p95", "runsc med", "runsc p95", "ratio");
            for (int s = 0; s < scenarios.size(); s++) {
                Stats onRunc = new Stats();
                Stats onRunsc = new Stats();
                for (int i = 0; i < iterations; i++) {
                    onRunc.add(timed(a, scenarios.get(s)));
                    onRunsc.add(timed(b, scenarios.get(s)));
                }
                System.out.printf(Locale.ROOT, "%-29s %9.0f ms %9.0f ms %9.0f ms %9.0f ms %8.2f%n", names.get(s),
                        onRunc.median(), onRunc.p95(), onRunsc.median(), onRunsc.p95(),
                        onRunsc.median() / onRunc.median());
            }
            int runs = Math.max(80, iterations * 6);
            double runcRate = throughput(a, runs);
            double runscRate = throughput(b, runs);
            System.out.printf(Locale.ROOT, "throughput, python hello world, %d clients, %d runs: default %.1f runs/s,"
                    + " runsc %.1f runs/s, ratio %.2f%n", CLIENTS, runs, runcRate, runscRate, runscRate / runcRate);
            System.out.printf(Locale.ROOT, "load average at the end: %s%n", LoadAverage.now());
        }
    }

    private static double timed(BenchClient client, RunRequest request) {
        long start = System.nanoTime();
        client.run(request);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double throughput(BenchClient client, int runs) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                done.add(clients.submit(() -> client.run(RunRequest.of("python", PY_HELLO))));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return runs / ((System.nanoTime() - start) / 1e9);
        } finally {
            clients.shutdownNow();
        }
    }
}
