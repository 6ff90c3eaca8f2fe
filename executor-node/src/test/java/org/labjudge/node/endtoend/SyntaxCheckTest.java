package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * An interpreted program that does not parse is one COMPILATION_ERROR with the checker's message, found by the
 * language's own syntax check once per request, not a RUNTIME_ERROR on every test.
 */
@Tag("docker")
class SyntaxCheckTest {
    private static final List<TestCase> TWENTY = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> new TestCase("t" + i, i + "\n", i + "\n")).toList();
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 2));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "python     | print(int(input())\\n              | main.py\", line 1",
            "javascript | console.log((1 + 2);\\n           | main.js:1",
            "bash       | if true; then\\n  echo 1\\n      | main.sh: line 3"})
    void aProgramThatDoesNotParseIsACompilationError(String language, String source, String where) {
        RunResult result = node.run(RunRequest.of(language, source.replace("\\n", "\n")).withTests(TWENTY));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile().verdict()).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile().exitCode()).isNotZero();
        assertThat(result.compile().stderr()).contains(where);
        assertThat(result.tests()).hasSize(20).extracting(TestResult::verdict).containsOnly(Verdict.SKIPPED);
    }

    @Test
    void aProgramThatParsesRunsEveryTestAfterOneCheck() {
        RunResult result = node.run(RunRequest.of("python", "n = int(input())\nprint(n)\n").withTests(TWENTY));

        assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.compile().verdict()).isEqualTo(Verdict.OK);
        assertThat(result.tests()).hasSize(20).extracting(TestResult::verdict).containsOnly(Verdict.ACCEPTED);
    }

    @Test
    void theCheckDoesNotRunTheProgram() {
        // A failure at run time stays a RUNTIME_ERROR: checking parses, it does not execute.
        RunResult result = node.run(RunRequest.of("python", "import sys\nprint('ran')\nsys.exit(3)\n")
                .withTests(List.of(new TestCase("1", "", "ran\n"))));

        assertThat(result.compile().verdict()).isEqualTo(Verdict.OK);
        assertThat(result.compile().stdout()).doesNotContain("ran");
        assertThat(result.tests().get(0).verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(result.tests().get(0).exitCode()).isEqualTo(3);
    }
}
