package org.labjudge.node.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.labjudge.node.testing.NodeJvm;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.ValidatorSpec;

/**
 * What an interactive problem costs: one C program that answers each number with the next one, judged
 * interactively (a C interactor sends 1..R and checks each answer, R round trips over the pipes between the two
 * sandboxes) and, as the baseline, as a batch problem on the same R numbers with a C validator; both alternately
 * in the same run against the same node. Prints round trips per second, the time per round trip, and the
 * latency per test of many one-round-trip tests against as many one-number batch tests; and, where the host
 * has a C compiler, the same two programs joined by a plain pipe on the host, run between the node's runs (so
 * the load of a shared machine falls on both alike), free and on one core as a slot's sandboxes are. Run with
 * {@code bin/benchmark interactive [iterations] [round-trips]}.
 */
public final class InteractiveBenchmark {
    private static final int SHORT_TESTS = 20;
    /** Answers each number with the next one, flushing after each line (as an interactive program must). */
    private static final String PROGRAM = """
            #include <stdio.h>
            int main(void) {
                long x;
                while (scanf("%ld", &x) == 1) {
                    printf("%ld\\n", x + 1);
                    fflush(stdout);
                }
                return 0;
            }
            """;
    /** Sends 1..R (R from the input file), one at a time, and checks each answer before the next. */
    private static final String INTERACTOR = """
            #include <stdio.h>
            int main(int argc, char** argv) {
                FILE* in = fopen(argv[1], "r");
                long rounds, got;
                if (!in || fscanf(in, "%ld", &rounds) != 1) return 1;
                for (long i = 1; i <= rounds; i++) {
                    printf("%ld\\n", i);
                    fflush(stdout);
                    if (scanf("%ld", &got) != 1 || got != i + 1) return 43;
                }
                return 42;
            }
            """;
    /** The batch baseline's validator: the answers to 1..R, read from the program's whole output. */
    private static final String BATCH_VALIDATOR = """
            #include <stdio.h>
            int main(int argc, char** argv) {
                FILE* in = fopen(argv[1], "r");
                long x, got, n = 0;
                while (fscanf(in, "%ld", &x) == 1) {
                    if (scanf("%ld", &got) != 1 || got != x + 1) return 43;
                    n++;
                }
                return n > 0 && scanf("%ld", &got) != 1 ? 42 : 43;
            }
            """;

    private InteractiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Limits limits = new Limits(10_000, 30_000, 256, 1024, 32);
        ValidatorSpec interactor = new ValidatorSpec("c", List.of(new SourceFile("interactor.c", INTERACTOR)),
                new Limits(10_000, 30_000, 256, null, null)).withInteractive(true);
        ValidatorSpec batchValidator = new ValidatorSpec("c", List.of(new SourceFile("check.c", BATCH_VALIDATOR)),
                new Limits(10_000, 30_000, 256, null, null));
        String numbers = IntStream.rangeClosed(1, rounds).mapToObj(Integer::toString)
                .collect(Collectors.joining("\n", "", "\n"));
        RunRequest longInteractive = RunRequest.of("c", PROGRAM).withLimits(limits)
                .withTests(List.of(new TestCase("rounds", rounds + "\n", "\n"))).withValidator(interactor);
        RunRequest longBatch = RunRequest.of("c", PROGRAM).withLimits(limits)
                .withTests(List.of(new TestCase("numbers", numbers, "\n"))).withValidator(batchValidator);
        List<TestCase> oneRound = IntStream.rangeClosed(1, SHORT_TESTS)
                .mapToObj(i -> new TestCase("t" + i, "1\n", "\n")).toList();
        RunRequest shortInteractive = RunRequest.of("c", PROGRAM).withTests(oneRound).withValidator(interactor);
        RunRequest shortBatch = RunRequest.of("c", PROGRAM).withTests(oneRound).withValidator(batchValidator);

        System.out.printf(Locale.ROOT, "LabJudge interactive benchmark: %d round trips in one test, and %d tests of"
                + " one round trip; %d runs each, alternating with the batch baseline%n", rounds, SHORT_TESTS,
                iterations);
        try (NodeJvm node = NodeJvm.builder("ibench-" + ProcessHandle.current().pid()).slots(1).start()) {
            node.awaitUp(Duration.ofSeconds(120), "c");
            Thread.sleep(2000); // let the pool fill
            BenchClient client = new BenchClient(HttpClient.newHttpClient(), node.port());
            client.run(shortInteractive); // builds both validators once for the node
            client.run(shortBatch);
            Stats interactiveTest = new Stats();
            Stats batchTest = new Stats();
            Stats interactiveRun = new Stats();
            Stats batchRun = new Stats();
            Stats interactivePerTest = new Stats();
            Stats batchPerTest = new Stats();
            // The host pipe runs between the node's runs, so a shared machine's load weighs on both alike.
            java.util.Optional<HostPipe> host = HostPipe.build(rounds);
            Stats hostFree = new Stats();
            Stats hostOneCore = new Stats();
            for (int i = 0; i < iterations; i++) {
                interactiveTest.add(wallMs(client.run(longInteractive)));
                if (host.isPresent()) {
                    hostFree.add(host.get().run(false));
                    hostOneCore.add(host.get().run(true));
                }
                batchTest.add(wallMs(client.run(longBatch)));
                interactiveRun.add(timed(client, shortInteractive));
                batchRun.add(timed(client, shortBatch));
                interactivePerTest.add(wallMs(client.run(shortInteractive)) / SHORT_TESTS);
                batchPerTest.add(wallMs(client.run(shortBatch)) / SHORT_TESTS);
            }
            double perRoundUs = interactiveTest.median() * 1000 / rounds;
            System.out.printf(Locale.ROOT, "interactive, %d round trips: median %.0f ms (p95 %.0f) of the program's"
                    + " wall clock: %.0f round trips/s, %.1f us each%n", rounds, interactiveTest.median(),
                    interactiveTest.p95(), rounds / (interactiveTest.median() / 1000), perRoundUs);
            System.out.printf(Locale.ROOT, "batch baseline, the same program on the same %d numbers: median %.0f ms"
                    + " (p95 %.0f): %.1f us per number; interactive is %.1f x batch%n", rounds, batchTest.median(),
                    batchTest.p95(), batchTest.median() * 1000 / rounds, interactiveTest.median() / batchTest.median());
            if (host.isPresent()) {
                System.out.printf(Locale.ROOT, "host pipe, the same two programs joined on the host, between the"
                        + " node's runs: median %.0f ms: %.0f round trips/s; LabJudge is %.2f x the host pipe%n",
                        hostFree.median(), rounds / (hostFree.median() / 1000),
                        interactiveTest.median() / hostFree.median());
                System.out.printf(Locale.ROOT, "host pipe on one core (taskset, as a slot's two sandboxes share its"
                        + " core): median %.0f ms; LabJudge is %.2f x it%n", hostOneCore.median(),
                        interactiveTest.median() / hostOneCore.median());
                host.get().close();
            } else {
                System.out.println("host pipe: skipped (no cc on this host)");
            }
            System.out.printf(Locale.ROOT, "per test, %d one-round-trip tests: interactive %.1f ms of the program's"
                    + " wall clock, batch %.1f ms; whole run: interactive median %.0f ms (p95 %.0f), batch %.0f ms"
                    + " (p95 %.0f), %.1f ms more per test%n", SHORT_TESTS, interactivePerTest.median(),
                    batchPerTest.median(), interactiveRun.median(), interactiveRun.p95(), batchRun.median(),
                    batchRun.p95(), (interactiveRun.median() - batchRun.median()) / SHORT_TESTS);
        }
    }

    private static double wallMs(RunResult result) {
        return result.tests().stream().mapToLong(TestResult::wallTimeMs).sum();
    }

    private static double timed(BenchClient client, RunRequest request) {
        long start = System.nanoTime();
        client.run(request);
        return (System.nanoTime() - start) / 1e6;
    }

    /** The benchmark's two programs built on the host, joined there by a FIFO and a pipe. */
    private static final class HostPipe implements AutoCloseable {
        private final Path dir;

        private HostPipe(Path dir) {
            this.dir = dir;
        }

        /** Both programs built with the host's cc, or empty when it has none. */
        static java.util.Optional<HostPipe> build(int rounds) throws IOException, InterruptedException {
            HostPipe host = new HostPipe(Files.createTempDirectory("lj-ibench"));
            Files.writeString(host.dir.resolve("program.c"), PROGRAM);
            Files.writeString(host.dir.resolve("interactor.c"), INTERACTOR);
            Files.writeString(host.dir.resolve("input"), rounds + "\n");
            for (String name : List.of("program", "interactor")) {
                if (exec(host.dir, "cc", "-O2", "-o", name, name + ".c") != 0) {
                    host.close();
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(host);
        }

        /** One exchange's wall time in ms; {@code oneCore}: both programs on core 0 (taskset). */
        double run(boolean oneCore) throws IOException, InterruptedException {
            Files.deleteIfExists(dir.resolve("back"));
            String pin = oneCore ? "taskset -c 0 " : "";
            long start = System.nanoTime();
            int code = exec(dir, "sh", "-c", "mkfifo back && " + pin + "./interactor input input ./ < back | " + pin
                    + "./program > back");
            double ms = (System.nanoTime() - start) / 1e6;
            if (code != 0) {
                throw new IllegalStateException("the host pipe run failed with exit code " + code);
            }
            return ms;
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static int exec(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
        }
        return process.exitValue();
    }
}
