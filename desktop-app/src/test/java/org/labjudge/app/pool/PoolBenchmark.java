package org.labjudge.app.pool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.labjudge.protocol.RunRequest;

/**
 * Balancing benchmark (a program, not a test): three stub nodes with 1, 2 and 4 slots and a fixed service
 * time, driven by closed-loop clients through one {@link Pool}. Prints the achieved throughput as a fraction
 * of the ideal ({@code 7 slots / service time}; goal at least 0.9), latency percentiles and how the runs
 * spread over the nodes.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -q -pl protocol,problem-package,desktop-app -am install -DskipTests
 * mvn -B -q -pl desktop-app test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/bench.classpath
 * java -cp desktop-app/target/test-classes:desktop-app/target/classes:$(cat desktop-app/target/bench.classpath) \
 *     org.labjudge.app.pool.PoolBenchmark [serviceMs] [runsPerScenario]
 * </pre>
 */
public final class PoolBenchmark {

    private static final int[] CAPACITIES = {1, 2, 4};

    private PoolBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int serviceMs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 700;
        int capacity = Arrays.stream(CAPACITIES).sum();
        double ideal = capacity * 1000.0 / serviceMs;
        System.out.printf("Pool benchmark: stub nodes with %s slots, %d ms per run; ideal %.1f runs/s%n",
                Arrays.toString(CAPACITIES), serviceMs, ideal);
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("Machine: %d processors, load average %.1f (client, nodes and other work share them)%n",
                os.getAvailableProcessors(), os.getSystemLoadAverage());
        Path dir = Files.createTempDirectory("labjudge-bench");
        List<StubNode> nodes = new ArrayList<>();
        List<TestPools.Listed> listed = new ArrayList<>();
        for (int slots : CAPACITIES) {
            StubNode node = StubNode.start("slots-" + slots, slots, 10_000, Duration.ofMillis(serviceMs),
                    List.of("python"));
            nodes.add(node);
            listed.add(TestPools.Listed.of(node));
        }
        PoolConfig config = PoolConfig.defaults().withPollInterval(Duration.ofMillis(500))
                .withRequestDeadline(Duration.ofMinutes(2)).withEmbeddedNode(false);
        try (Pool pool = TestPools.start(dir, config, null, listed, new SplittableRandom())) {
            scenario(pool, nodes, capacity, capacity, ideal, serviceMs); // warm-up, not printed twice
            for (int clients : new int[] {capacity, 2 * capacity}) {
                Scenario result = scenario(pool, nodes, clients, runs, ideal, serviceMs);
                System.out.println(result);
            }
        } finally {
            nodes.forEach(StubNode::close);
        }
    }

    private record Scenario(int clients, int runs, double seconds, double ideal, long p50, long p99, long max,
                            int serviceMs, String spread) {
        @Override
        public String toString() {
            double throughput = runs / seconds;
            return String.format("%2d clients: %d runs in %.2f s = %.1f runs/s = %.2f of ideal;"
                            + " latency p50 %d ms, p99 %d ms, max %d ms (service %d ms); runs per node %s",
                    clients, runs, seconds, throughput, throughput / ideal, p50, p99, max, serviceMs, spread);
        }
    }

    private static Scenario scenario(Pool pool, List<StubNode> nodes, int clients, int runs, double ideal,
                                     int serviceMs) throws Exception {
        int[] before = nodes.stream().mapToInt(StubNode::served).toArray();
        RunRequest request = RunRequest.of("python", "print(1)");
        AtomicInteger left = new AtomicInteger(runs);
        long[] latencies = new long[runs];
        AtomicInteger index = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            loops.add(threads.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    long t = System.nanoTime();
                    pool.run(request);
                    latencies[index.getAndIncrement()] = (System.nanoTime() - t) / 1_000_000;
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        Arrays.sort(latencies);
        StringBuilder spread = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            spread.append(i == 0 ? "" : ", ").append(nodes.get(i).nodeId()).append('=')
                    .append(nodes.get(i).served() - before[i]);
        }
        return new Scenario(clients, runs, seconds, ideal, percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies[runs - 1], serviceMs, spread.toString());
    }

    private static long percentile(long[] sorted, double p) {
        int at = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }
}
