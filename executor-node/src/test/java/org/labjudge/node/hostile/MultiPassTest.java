package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.ValidatorSpec;
import org.labjudge.protocol.Verdict;

/**
 * Multi-pass problems on a real node over HTTP: the validator's {@code nextpass.in} feeds the program's next run,
 * the feedback directory lasts across the passes of a test, and a validator that breaks the format's rules
 * (another pass past {@code validation_passes}, {@code nextpass.in} without accepting) is a judge error. Shares
 * the hostile suite's node.
 */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class MultiPassTest {
    private static final Path RELAY = Path.of("..", "examples", "problems", "relay-word");
    private static final List<TestCase> ONE_TEST = List.of(new TestCase("1", "1\n", "1\n"));
    private static final String DOUBLES = "print(2 * int(input()))\n";

    private static RunResult judgeRelay(HostileNode node, String language, String submission) throws Exception {
        ProblemPackage relay = ProblemPackages.load(RELAY);
        return node.run(relay.judgeRequest(language, Files.readString(RELAY.resolve("submissions/" + submission))));
    }

    private static TestResult judgeOnce(HostileNode node, String program, ValidatorSpec validator) {
        RunResult result = node.run(RunRequest.of("python", program).withLimits(HostileNode.SMALL)
                .withTests(ONE_TEST).withValidator(validator));
        return result.tests().get(0);
    }

    private static ValidatorSpec python(String source, int passes) {
        return new ValidatorSpec("python", List.of(new SourceFile("v.py", source)),
                InteractiveVerdictsTest.VALIDATION).withPasses(passes);
    }

    @Test
    void anAcceptedSubmissionRunsTwicePerTestAndTheFeedbackDirectoryLastsBetweenThePasses(HostileNode node)
            throws Exception {
        RunResult result = judgeRelay(node, "python", "accepted/base27.py");

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.tests()).allSatisfy(test -> {
            assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.ACCEPTED);
            assertThat(test.passes()).isEqualTo(2);
        });
        TestResult sample = result.tests().get(0);
        // relay.py appends to judgemessage.txt in each pass; the second pass's stdout is the word again.
        assertThat(sample.judgeMessage()).isEqualTo("pass 1: ab -> 29\npass 2: ab came back\n");
        assertThat(sample.stdout()).isEqualTo("ab\n");
        node.assertSurvived();
    }

    @Test
    void aFailureInEitherPassIsThatPasssVerdict(HostileNode node) throws Exception {
        RunResult notANumber = judgeRelay(node, "c", "wrong_answer/echoes_the_word.c");
        RunResult crashesInDecode = judgeRelay(node, "python", "run_time_error/forgets_in_decode.py");
        RunResult base26 = judgeRelay(node, "python", "wrong_answer/base26.py");

        assertThat(notANumber.tests().get(0).verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(notANumber.tests().get(0).passes()).isEqualTo(1);
        assertThat(crashesInDecode.tests().get(0).verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(crashesInDecode.tests().get(0).passes()).isEqualTo(2);
        TestResult aardvark = base26.tests().stream().filter(t -> t.name().equals("secret/05")).findFirst()
                .orElseThrow();
        assertThat(aardvark.verdict()).as(aardvark::toString).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(aardvark.passes()).isEqualTo(2);
        assertThat(aardvark.judgeMessage()).contains("pass 2: expected 'aardvark', got 'rdvark'");
    }

    @Test
    void aValidatorThatAsksForMorePassesThanTheProblemAllowsIsAJudgeError(HostileNode node) {
        TestResult test = judgeOnce(node, DOUBLES, python("""
                import sys
                n = int(sys.stdin.read())
                open(sys.argv[3] + "nextpass.in", "w").write(str(n) + "\\n")
                sys.exit(42)
                """, 3));

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(test.passes()).isEqualTo(3);
        assertThat(test.judgeMessage()).contains("asked for pass 4").contains("allows 3");
    }

    @Test
    void nextpassInWithoutAcceptingIsAJudgeError(HostileNode node) {
        TestResult test = judgeOnce(node, DOUBLES, python("""
                import sys
                open(sys.argv[3] + "nextpass.in", "w").write("2\\n")
                sys.exit(43)
                """, 2));

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(test.judgeMessage()).contains("wrote nextpass.in but exited with code 43");
    }

    @Test
    void anInteractiveMultiPassProblemTalksInEachPass(HostileNode node) {
        if (InteractiveVerdictsTest.refusedUnderGvisor(node)) {
            return;
        }
        // Pass k sends its input x to the program, expects 2x back, and asks for a pass with 2x until x reaches 4.
        TestResult test = judgeOnce(node, DOUBLES, python("""
                import sys
                x = int(open(sys.argv[1]).read())
                print(x, flush=True)
                y = int(sys.stdin.readline())
                with open(sys.argv[3] + "judgemessage.txt", "a") as f:
                    f.write("%d->%d " % (x, y))
                if y != 2 * x:
                    sys.exit(43)
                if x < 4:
                    open(sys.argv[3] + "nextpass.in", "w").write(str(y))
                sys.exit(42)
                """, 5).withInteractive(true));

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.ACCEPTED);
        assertThat(test.passes()).isEqualTo(3);
        assertThat(test.judgeMessage()).isEqualTo("1->2 2->4 4->8 ");
        node.assertSurvived();
    }
}
