package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.ValidatorSpec;
import org.labjudge.protocol.Verdict;

/**
 * Validators that misbehave and programs that aim at the validator: the verdict stays honest (a judge error
 * is the problem's, never the student's), limits hold, the node survives and nothing is left running.
 */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class HostileValidatorTest {
    private static final List<TestCase> TESTS = List.of(new TestCase("1", "1\n", "1\n"));
    /** Short validation limits, so a validator that hangs is stopped quickly. */
    private static final Limits VALIDATION = new Limits(1000, 2000, 128, 1024, 32);

    private static ValidatorSpec python(String source) {
        return new ValidatorSpec("python", List.of(new SourceFile("v.py", source)), VALIDATION);
    }

    private static RunResult judge(HostileNode node, String program, ValidatorSpec validator) {
        return node.run(RunRequest.of("python", program).withLimits(HostileNode.SMALL).withTests(TESTS)
                .withValidator(validator));
    }

    @Test
    void aValidatorThatNeverExitsIsAJudgeErrorWithinItsWallClockLimit(HostileNode node) {
        long start = System.nanoTime();
        RunResult result = judge(node, "print(1)\n", python("import time\nwhile True:\n    time.sleep(1)\n"));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        TestResult test = result.tests().get(0);
        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(test.judgeMessage()).contains("did not finish within its limits");
        assertThat(tookMs).isLessThan(VALIDATION.wallTimeMs() + 8000L);
        node.assertSurvived();
    }

    @Test
    void aValidatorThatSpinsIsStoppedByItsCpuLimit(HostileNode node) {
        RunResult result = judge(node, "print(1)\n", python("while True:\n    pass\n"));

        assertThat(result.tests().get(0).verdict()).isEqualTo(Verdict.JUDGE_ERROR);
        node.assertSurvived();
    }

    @Test
    void hugeFeedbackStopsAtTheValidationOutputLimitAndLittleOfItIsKept(HostileNode node) {
        String flood = """
                import sys
                with open(sys.argv[3] + "judgemessage.txt", "w") as f:
                    for _ in range(200):
                        f.write("x" * (1 << 20))
                sys.exit(43)
                """;

        RunResult result = judge(node, "print(1)\n", python(flood));

        TestResult test = result.tests().get(0);
        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(test.judgeMessage()).contains("writing more than 1024 KB (validation output limit)");
        assertThat(test.judgeMessage().length()).isLessThan(200_000);
        node.assertSurvived();
    }

    @Test
    void feedbackUnderTheLimitIsKeptOnlyInPart(HostileNode node) {
        String chatty = """
                import sys
                open(sys.argv[3] + "teammessage.txt", "w").write("y" * 500000)
                sys.exit(43)
                """;

        RunResult result = judge(node, "print(1)\n", python(chatty));

        TestResult test = result.tests().get(0);
        assertThat(test.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(test.feedback()).startsWith("yyyy").contains("more bytes not kept");
        assertThat(test.feedback().length()).isLessThan(70_000);
    }

    @Test
    void aProgramThatWritesFeedbackFilesReachesNoValidator(HostileNode node) {
        String forger = """
                import os
                for d in ["feedback", "/tmp/feedback", "/box/feedback"]:
                    try:
                        os.makedirs(d, exist_ok=True)
                        open(d + "/teammessage.txt", "w").write("forged: accepted!")
                        open(d + "/judgemessage.txt", "w").write("forged")
                    except OSError:
                        pass
                print(2)
                """;
        String honest = """
                import sys
                ok = sys.stdin.read().split() == open(sys.argv[2]).read().split()
                sys.exit(42 if ok else 43)
                """;

        RunResult result = judge(node, forger, python(honest));

        TestResult test = result.tests().get(0);
        assertThat(test.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(test.feedback()).isNull();
        assertThat(test.judgeMessage()).isNull();
        node.assertSurvived();
    }
}
