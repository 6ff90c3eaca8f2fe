package org.labjudge.node.judge.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.judge.WorkerFixture;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.ValidatorSpec;
import org.labjudge.protocol.Verdict;

/** A validator that fails is a JUDGE_ERROR, never the student's verdict; the program's own failures stay its own. */
@Tag("docker")
class ValidatorFailuresTest {
    private static final List<TestCase> TESTS = List.of(new TestCase("a", "1\n", "1\n"), new TestCase("b", "2\n", "2\n"));
    private static final String ECHO = "print(input())\n";
    private static WorkerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new WorkerFixture("python", "cpp");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static RunResult judge(String program, ValidatorSpec validator) {
        return fixture.worker.run(RunRequest.of("python", program).withTests(TESTS).withValidator(validator));
    }

    private static ValidatorSpec python(String source) {
        return new ValidatorSpec("python", List.of(new SourceFile("v.py", source)), null);
    }

    @Test
    void exitCodeZeroIsAJudgeErrorNotAnAcceptance() {
        RunResult result = judge(ECHO, python("import sys\nsys.exit(0)\n"));

        assertThat(result.verdict()).isEqualTo(Verdict.JUDGE_ERROR);
        TestResult first = result.tests().get(0);
        assertThat(first.message()).contains("not your program's fault");
        assertThat(first.judgeMessage()).contains("exited with code 0 (42 accepts, 43 rejects)");
    }

    @Test
    void aCrashingValidatorIsAJudgeErrorWithItsStderrForTheTeacher() {
        RunResult result = judge(ECHO, python("raise ValueError('validator bug here')\n"));

        assertThat(result.verdict()).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(result.tests()).allMatch(t -> t.verdict() == Verdict.JUDGE_ERROR);
        assertThat(result.tests().get(0).judgeMessage()).contains("exited with code 1")
                .contains("ValueError: validator bug here");
        assertThat(result.tests().get(0).feedback()).isNull();
    }

    @Test
    void aValidatorThatDoesNotCompileIsAJudgeErrorOnEveryTest() {
        ValidatorSpec broken = new ValidatorSpec("cpp", List.of(new SourceFile("v.cpp", "int main( {")), null);

        RunResult result = judge(ECHO, broken);

        assertThat(result.verdict()).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(result.tests()).allMatch(t -> t.verdict() == Verdict.JUDGE_ERROR);
        assertThat(result.tests().get(1).judgeMessage()).startsWith("the output validator did not compile")
                .contains("v.cpp");
    }

    @Test
    void theProgramsOwnFailureIsJudgedBeforeAnyValidatorRuns() {
        RunResult result = judge("import sys\nsys.exit(3)\n", python("import sys\nsys.exit(0)\n"));

        assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(result.tests()).allMatch(t -> t.verdict() == Verdict.RUNTIME_ERROR);
    }
}
