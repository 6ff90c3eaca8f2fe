package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.problem.BundledProblems;
import org.labjudge.protocol.problem.ProblemPackage;

/** The headless demo's judging loop over the bundled problems, with a stub in place of the pool. */
class HeadlessDemoTest {

    private final List<ProblemPackage> problems;

    HeadlessDemoTest() throws Exception {
        problems = ProblemLoader.load(WindowDriver.EXAMPLES);
    }

    /** The demo's problems: each has reference solutions in {@code examples/solutions}. */
    private static final List<String> DEMO = List.of("circle-area", "count-primes", "reverse-words", "sum");
    /**
     * The packages that show each kind of Kattis problem (custom validators, scoring): their reference
     * solutions are their own {@code submissions/accepted/} (the Kattis convention).
     */
    private static final List<String> KINDS = List.of("any-divisor", "cube-root", "guess-a-number", "inversions",
            "relay-word");

    private ProblemPackage problem(String id) {
        return problems.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyBundledProblemHasReferenceSolutionsInPythonCAndJava() {
        assertThat(problems).extracting(ProblemPackage::id)
                .containsExactly("any-divisor", "circle-area", "count-primes", "cube-root", "guess-a-number",
                        "inversions", "relay-word", "reverse-words", "sum");
        for (ProblemPackage problem : problems) {
            assertThat(problem.samples()).as(problem.id()).isNotEmpty();
            assertThat(problem.secretTests()).as(problem.id()).isNotEmpty();
            assertThat(problem.statementMarkdown()).as(problem.id()).startsWith("# ");
        }
        for (String id : DEMO) {
            assertThat(BundledProblems.solutionsFor(WindowDriver.EXAMPLES).resolve(id))
                    .isDirectoryContaining("glob:**/main.py").isDirectoryContaining("glob:**/main.c")
                    .isDirectoryContaining("glob:**/Main.java");
        }
        for (String id : KINDS) {
            assertThat(BundledProblems.solutionsFor(WindowDriver.EXAMPLES).resolve(id)).doesNotExist();
            assertThat(WindowDriver.EXAMPLES.resolve(id).resolve("submissions").resolve("accepted"))
                    .isDirectoryContaining("glob:**/*.py").isDirectoryContaining("glob:**/*.java");
        }
        assertThat(problem("circle-area").checker().floatAbsTolerance()).isEqualTo(1e-6);
    }

    @Test
    void printsOneLinePerSolutionAndSucceedsWhenAllAreAccepted() throws Exception {
        StubGateway gateway = StubGateway.answering(request -> StubGateway.judged(request, StubGateway::accepted));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean ok = HeadlessDemo.judgeAll(gateway, problems,
                BundledProblems.solutionsFor(WindowDriver.EXAMPLES), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(ok).isTrue();
        assertThat(out).contains("sum              python      ACCEPTED").contains("circle-area      java")
                .contains("cube-root        c           ACCEPTED").contains("inversions       java")
                .contains("all 27 solutions ACCEPTED");
        assertThat(gateway.requests).extracting(r -> r.language()).contains("python", "c", "java", "cpp");
    }

    @Test
    void failsWhenASolutionIsNotAccepted() throws Exception {
        StubGateway gateway = StubGateway.answering(request -> StubGateway.judged(request,
                test -> StubGateway.wrong(test, "0\n")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean ok = HeadlessDemo.judgeAll(gateway, List.of(problem("sum")),
                BundledProblems.solutionsFor(WindowDriver.EXAMPLES), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(ok).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("WRONG_ANSWER").contains("0/10")
                .contains("some solutions were not accepted");
    }
}
