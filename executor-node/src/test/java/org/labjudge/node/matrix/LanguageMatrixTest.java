package org.labjudge.node.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.labjudge.node.endtoend.RunningNodeFixture;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The same verdict matrix for every language of the node's table, generated from the table and one program per
 * language ({@link MatrixPrograms}): a 20-test problem ACCEPTED after one compile (or syntax check), reading
 * stdin to its end; WRONG_ANSWER; RUNTIME_ERROR; TIME_LIMIT_EXCEEDED; MEMORY_LIMIT_EXCEEDED; and
 * COMPILATION_ERROR where the language compiles or checks syntax. One request per language holds the run-time
 * cases (24 tests, the memory case last, as a memory kill may end the sandbox), one more the broken program.
 * Runs against a real node; a language added to the table without programs here fails.
 * {@code -Dlabjudge.matrix=ruby,php} runs only those languages' cases (while working on one).
 */
@Tag("docker")
class LanguageMatrixTest {
    // A generous wall clock: on a loaded machine an allocating program can wait seconds for the kernel.
    // 3 s of CPU: at its memory limit a program can spend a second in the kernel's reclaim before the OOM kill
    // (seen on a fresh machine for Go and Octave), and the memory case must end by memory, not CPU time.
    private static final Limits LIMITS = new Limits(3000, 10000, 256, 64, 64);
    private static final LanguageTable TABLE = LanguageTable.defaults();
    private static final int ACCEPTED_TESTS = 20;
    private static RunningNodeFixture node;
    /** Both requests of every language, sent as soon as the node is up, as many at once as it has slots. */
    private static final Map<String, CompletableFuture<RunResult>> JUDGED = new ConcurrentHashMap<>();
    private static final Map<String, CompletableFuture<RunResult>> BROKEN = new ConcurrentHashMap<>();
    private static final int SLOTS = 2;
    private static ExecutorService clients;
    private static long startedNanos;

    @BeforeAll
    static void start() {
        startedNanos = System.nanoTime();
        node = new RunningNodeFixture(b -> b.set("slots", SLOTS));
        clients = Executors.newFixedThreadPool(SLOTS);
        for (Language language : selected().toList()) {
            MatrixPrograms.Programs programs = MatrixPrograms.BY_LANGUAGE.get(language.id());
            if (programs == null) {
                continue; // everyLanguageOfTheTableHasItsProgramsAndOnlyThose says which
            }
            JUDGED.put(language.id(), CompletableFuture.supplyAsync(() -> node.run(RunRequest.of(language.id(),
                    programs.judge()).withLimits(LIMITS).withTests(tests())), clients));
            if (programs.broken() != null) {
                BROKEN.put(language.id(), CompletableFuture.supplyAsync(() -> node.run(RunRequest.of(language.id(),
                        programs.broken()).withLimits(LIMITS).withTests(List.of(new TestCase("1", "1\n", "1\n"),
                        new TestCase("2", "2\n", "2\n")))), clients));
            }
        }
    }

    private static Stream<Language> selected() {
        List<String> only = List.of(System.getProperty("labjudge.matrix", "").split(","));
        return TABLE.all().stream().filter(l -> only.equals(List.of("")) || only.contains(l.id()));
    }

    @AfterAll
    static void stop() {
        clients.shutdownNow();
        node.close();
        // The figures CI's time budget is checked against: where the matrix spends its time.
        JUDGED.forEach((id, future) -> future.thenAccept(result -> System.out.printf("language matrix: %-10s %6d ms for %d tests (build %s ms,"
                        + " slowest test %s)%n", id, result.totalMs(), result.tests().size(),
                result.compile() == null ? "-" : String.valueOf(result.compile().wallTimeMs()),
                result.tests().stream().max(java.util.Comparator.comparingLong(TestResult::wallTimeMs))
                        .map(t -> t.name() + " " + t.wallTimeMs() + " ms").orElse("-"))));
        System.out.printf("language matrix: %d languages in %.1f s%n", JUDGED.size(),
                (System.nanoTime() - startedNanos) / 1e9);
    }

    @Test
    void everyLanguageOfTheTableHasItsProgramsAndOnlyThose() {
        assertThat(MatrixPrograms.BY_LANGUAGE.keySet())
                .containsExactlyInAnyOrderElementsOf(TABLE.all().stream().map(Language::id).toList());
        for (Language language : TABLE.all()) {
            assertThat(MatrixPrograms.BY_LANGUAGE.get(language.id()).broken() != null)
                    .as("%s has a broken program exactly when it compiles or checks syntax", language.id())
                    .isEqualTo(language.hasBuildStep());
        }
    }

    @Test
    void theNodeOffersEveryLanguageOfTheTable() {
        assertThat(node.node.worker().languages()).extracting(l -> l.id())
                .containsExactlyElementsOf(TABLE.all().stream().map(Language::id).toList());
    }

    @TestFactory
    Stream<DynamicNode> matrix() {
        return selected().map(language -> {
            String id = language.id();
            List<DynamicNode> cases = new ArrayList<>(List.of(
                    DynamicTest.dynamicTest("ACCEPTED on 20 tests after one build step, stdin read to its end",
                            () -> accepted(language)),
                    DynamicTest.dynamicTest("WRONG_ANSWER", () -> expect(id, "wrong", Verdict.WRONG_ANSWER)),
                    DynamicTest.dynamicTest("RUNTIME_ERROR", () -> expect(id, "crash", Verdict.RUNTIME_ERROR)),
                    DynamicTest.dynamicTest("TIME_LIMIT_EXCEEDED", () -> expect(id, "loop",
                            Verdict.TIME_LIMIT_EXCEEDED)),
                    DynamicTest.dynamicTest("MEMORY_LIMIT_EXCEEDED", () -> expect(id, "hog",
                            Verdict.MEMORY_LIMIT_EXCEEDED))));
            if (language.hasBuildStep()) {
                cases.add(DynamicTest.dynamicTest("COMPILATION_ERROR", () -> compilationError(id)));
            }
            return DynamicContainer.dynamicContainer(id, cases);
        });
    }

    /** Test i reads "i", "i+1 2", an empty line and "3" (no final newline): its answer is 2i + 6. */
    private static List<TestCase> tests() {
        List<TestCase> tests = new ArrayList<>(IntStream.rangeClosed(1, ACCEPTED_TESTS)
                .mapToObj(i -> new TestCase("t" + i, i + "\n" + (i + 1) + " 2\n\n3", (2 * i + 6) + "\n"))
                .toList());
        tests.add(new TestCase("wrong", "1 2\n", "4\n"));
        tests.add(new TestCase("crash", "-1\n", ""));
        tests.add(new TestCase("loop", "-1 -1\n", ""));
        tests.add(new TestCase("hog", "-3\n", ""));
        return tests;
    }

    private static RunResult judged(String id) {
        return JUDGED.get(id).join();
    }

    private static TestResult test(String id, String name) {
        RunResult result = judged(id);
        return result.tests().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no test " + name + " in " + result));
    }

    private static void accepted(Language language) {
        RunResult result = judged(language.id());
        if (language.hasBuildStep()) {
            assertThat(result.compile()).as("the build step's result").isNotNull();
            assertThat(result.compile().verdict()).as(() -> result.compile().toString()).isEqualTo(Verdict.OK);
        } else {
            assertThat(result.compile()).isNull();
        }
        List<TestResult> accepted = result.tests().subList(0, ACCEPTED_TESTS);
        assertThat(accepted).as(() -> accepted.get(0).toString())
                .extracting(TestResult::verdict).containsOnly(Verdict.ACCEPTED);
        assertThat(accepted.get(ACCEPTED_TESTS - 1).stdout()).isEqualTo((2 * ACCEPTED_TESTS + 6) + "\n");
    }

    private static void expect(String id, String test, Verdict verdict) {
        TestResult result = test(id, test);
        assertThat(result.verdict()).as(result::toString).isEqualTo(verdict);
    }

    private static void compilationError(String id) {
        RunResult result = BROKEN.get(id).join();
        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile().verdict()).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile().stdout() + result.compile().stderr()).as("the compiler's message").isNotBlank();
        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.SKIPPED);
    }
}
