package org.labjudge.node.judge.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.labjudge.node.judge.WorkerFixture;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.ValidatorSpec;
import org.labjudge.protocol.Verdict;

/** A problem with many correct answers, judged by a validator in C, Python or Java. */
@Tag("docker")
class ValidatorLanguagesTest {
    private static final List<TestCase> TESTS = List.of(
            new TestCase("12", "12\n", "\n"), new TestCase("35", "35\n", "\n"), new TestCase("91", "91\n", "\n"));
    /** Prints the smallest proper divisor; another correct program could print any other. */
    private static final String SMALLEST = "n = int(input())\nprint(next(d for d in range(2, n) if n % d == 0))\n";
    /** Prints the largest proper divisor. */
    private static final String LARGEST = "n = int(input())\nprint(next(d for d in range(n - 1, 1, -1) if n % d == 0))\n";
    private static final String ONE = "input()\nprint(1)\n";
    private static WorkerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new WorkerFixture("python", "c", "java");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static ValidatorSpec validator(String language) {
        return switch (language) {
            case "c" -> new ValidatorSpec("c", List.of(new SourceFile("divisor.c", SampleValidators.DIVISOR_C)), null);
            case "python" -> new ValidatorSpec("python",
                    List.of(new SourceFile("divisor.py", SampleValidators.DIVISOR_PY)), null);
            default -> new ValidatorSpec("java",
                    List.of(new SourceFile("Divisor.java", SampleValidators.DIVISOR_JAVA)), null);
        };
    }

    @ParameterizedTest
    @CsvSource({"c", "python", "java"})
    void differentCorrectAnswersAreAllAcceptedAndAWrongOneIsNot(String language) {
        RunResult smallest = fixture.worker.run(RunRequest.of("python", SMALLEST).withTests(TESTS)
                .withValidator(validator(language)));
        RunResult largest = fixture.worker.run(RunRequest.of("python", LARGEST).withTests(TESTS)
                .withValidator(validator(language)));
        RunResult one = fixture.worker.run(RunRequest.of("python", ONE).withTests(TESTS)
                .withValidator(validator(language)));

        assertThat(smallest.verdict()).as(smallest::toString).isEqualTo(Verdict.ACCEPTED);
        assertThat(largest.verdict()).as(largest::toString).isEqualTo(Verdict.ACCEPTED);
        assertThat(smallest.tests().get(0).stdout()).isEqualTo("2\n");
        assertThat(largest.tests().get(0).stdout()).isEqualTo("6\n");
        assertThat(one.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(one.tests()).allMatch(t -> t.verdict() == Verdict.WRONG_ANSWER);
    }

    @ParameterizedTest
    @CsvSource({"python", "java"})
    void theTeamMessageIsTheStudentsFeedbackAndTheJudgeMessageIsKeptApart(String language) {
        RunResult one = fixture.worker.run(RunRequest.of("python", ONE).withTests(TESTS)
                .withValidator(validator(language)));

        String team = language.equals("python") ? "print one proper divisor of n" : "not a proper divisor";
        assertThat(one.tests().get(0).feedback()).isEqualTo(team);
        assertThat(one.tests().get(0).message()).isEqualTo(team);
        if (language.equals("python")) {
            assertThat(one.tests().get(0).judgeMessage()).isEqualTo("n=12, output ['1']");
        } else {
            assertThat(one.tests().get(0).judgeMessage()).isNull();
        }
    }
}
