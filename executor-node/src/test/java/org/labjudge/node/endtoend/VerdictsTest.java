package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** Each way a program can fail earns its own verdict, in the four languages students use most. */
@Tag("docker")
class VerdictsTest {
    private static final Limits TIGHT = new Limits(1000, 4000, 128, 16, 64);
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 2));
    }

    @AfterAll
    static void stop() {
        node.close();
        assertThat(node.containers()).as("sandbox containers left behind").isEmpty();
    }

    private static TestResult judgeOnce(String language, Map<String, String> programs) {
        RunResult result = node.run(RunRequest.of(language, programs.get(language))
                .withLimits(TIGHT)
                .withTests(List.of(new TestCase("1", "1 2\n", "3\n"))));
        assertThat(result.tests()).hasSize(1);
        assertThat(result.verdict()).isEqualTo(result.tests().get(0).verdict());
        return result.tests().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "java", "c", "cpp"})
    void wrongOutputIsAWrongAnswer(String language) {
        TestResult test = judgeOnce(language, Programs.WRONG);
        assertThat(test.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(test.stdout()).isEqualTo("-1\n");
        assertThat(test.message()).contains("expected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "java", "c", "cpp"})
    void aCrashIsARuntimeError(String language) {
        TestResult test = judgeOnce(language, Programs.CRASH);
        assertThat(test.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        switch (language) {
            case "c" -> assertThat(test.signal()).isEqualTo("SIGSEGV");
            case "cpp" -> assertThat(test.exitCode()).isEqualTo(3);
            case "python" -> assertThat(test.stderr()).contains("ValueError: boom");
            default -> assertThat(test.stderr()).contains("IllegalStateException");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "java", "c", "cpp"})
    void anEndlessLoopExceedsTheTimeLimit(String language) {
        TestResult test = judgeOnce(language, Programs.LOOP);
        assertThat(test.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        // Killed at its CPU limit, or at its wall-clock limit when a loaded machine starves it.
        assertThat(test.timeMs() >= 1000 || test.wallTimeMs() >= 4000).as(test::toString).isTrue();
        assertThat(test.wallTimeMs()).isLessThan(6000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "java", "c", "cpp"})
    void allocatingTooMuchExceedsTheMemoryLimit(String language) {
        TestResult test = judgeOnce(language, Programs.HOG);
        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "java", "c", "cpp"})
    void endlessOutputExceedsTheOutputLimit(String language) {
        TestResult test = judgeOnce(language, Programs.FLOOD);
        assertThat(test.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
        assertThat(test.outputTruncated()).isTrue();
        assertThat(test.stdout().length()).isLessThanOrEqualTo(16 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "c", "cpp"})
    void aSyntaxErrorIsACompilationErrorWithTheCompilersMessage(String language) {
        RunResult result = node.run(RunRequest.of(language, Programs.BROKEN.get(language))
                .withTests(List.of(new TestCase("1", "", "3\n"), new TestCase("2", "", "4\n"))));
        assertThat(result.verdict()).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile().verdict()).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile().exitCode()).isNotZero();
        assertThat(result.compile().stderr()).containsPattern(":[23]:");
        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.SKIPPED);
    }
}
