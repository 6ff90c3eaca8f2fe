package org.labjudge.node.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.labjudge.node.testing.NodeJvm;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.ValidatorSpec;

/**
 * What a custom output validator costs per test: the same 50-test problem and program judged by the node's
 * default checker and by a C++ validator, alternately, in the same run against the same node; prints the
 * medians, the difference per test, and the validator's first (compiling) run. Run with
 * {@code bin/benchmark validators [iterations]}.
 */
public final class ValidatorBenchmark {
    private static final int TESTS = 50;
    private static final String PROGRAM = "print(int(input()) * 2)\n";
    /** Compares tokens, as the default checker does: the difference is the cost of running a validator. */
    private static final String VALIDATOR = """
            #include <fstream>
            #include <iostream>
            #include <string>
            int main(int argc, char** argv) {
                std::ifstream answer(argv[2]);
                std::string want, got;
                while (answer >> want) {
                    if (!(std::cin >> got) || got != want) return 43;
                }
                return std::cin >> got ? 43 : 42;
            }
            """;

    private ValidatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<TestCase> tests = IntStream.rangeClosed(1, TESTS)
                .mapToObj(i -> new TestCase("t" + i, i + "\n", (2 * i) + "\n")).toList();
        RunRequest byChecker = RunRequest.of("python", PROGRAM).withTests(tests);
        RunRequest byValidator = byChecker.withValidator(
                new ValidatorSpec("cpp", List.of(new SourceFile("compare.cpp", VALIDATOR)), null));
        System.out.printf(Locale.ROOT, "LabJudge validator benchmark: %d tests per run, %d runs each, alternating%n",
                TESTS, iterations);
        try (NodeJvm node = NodeJvm.builder("vbench-" + ProcessHandle.current().pid()).slots(1).start()) {
            node.awaitUp(Duration.ofSeconds(120), "python", "cpp");
            Thread.sleep(2000); // let the pool fill
            BenchClient client = new BenchClient(HttpClient.newHttpClient(), node.port());
            client.run(byChecker);
            long start = System.nanoTime();
            RunResult first = client.run(byValidator);
            double firstMs = (System.nanoTime() - start) / 1e6;
            Stats checker = new Stats();
            Stats validator = new Stats();
            for (int i = 0; i < iterations; i++) {
                checker.add(timed(client, byChecker));
                validator.add(timed(client, byValidator));
            }
            double perTest = (validator.median() - checker.median()) / TESTS;
            System.out.printf(Locale.ROOT, "default checker: median %.0f ms, p95 %.0f ms per %d-test run%n",
                    checker.median(), checker.p95(), TESTS);
            System.out.printf(Locale.ROOT, "custom validator (C++): median %.0f ms, p95 %.0f ms per %d-test run%n",
                    validator.median(), validator.p95(), TESTS);
            System.out.printf(Locale.ROOT, "validator overhead: %.1f ms per test (%.2f x the checker's run)%n",
                    perTest, validator.median() / checker.median());
            System.out.printf(Locale.ROOT, "first validator run, compiling it once for the node: %.0f ms (%s)%n",
                    firstMs, first.verdict());
        }
    }

    private static double timed(BenchClient client, RunRequest request) {
        long start = System.nanoTime();
        client.run(request);
        return (System.nanoTime() - start) / 1e6;
    }
}
