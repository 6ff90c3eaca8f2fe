package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.ValidatorSpec;
import org.labjudge.protocol.Verdict;

/**
 * Interactive problems on a real node over HTTP: the program and the validator joined stdin to stdout, each in
 * its own sandbox, and which verdict stands when both have something to say (the format's reference judge:
 * the validator's failure, then its rejection if it ended first, then the program's own failure, then the
 * validator's verdict). Shares the hostile suite's node.
 */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class InteractiveVerdictsTest {
    static final Path GUESS = Path.of("..", "examples", "problems", "guess-a-number");
    static final Limits VALIDATION = new Limits(2000, 4000, 128, 1024, 32);
    private static final List<TestCase> ONE_TEST = List.of(new TestCase("1", "1\n", "1\n"));

    /** Says "go", reads one line, accepts. */
    private static final String ACCEPTS_AFTER_ONE_LINE = """
            import sys
            print("go", flush=True)
            sys.stdin.readline()
            sys.exit(42)
            """;
    /** Says "go", reads one line, rejects with a message for the student. */
    private static final String REJECTS_AFTER_ONE_LINE = """
            import sys
            print("go", flush=True)
            sys.stdin.readline()
            open(sys.argv[3] + "teammessage.txt", "w").write("rejected at the first line")
            sys.exit(43)
            """;
    /** Says "go", reads to the end of the program's output, then rejects. */
    private static final String REJECTS_AT_THE_END = """
            import sys
            print("go", flush=True)
            sys.stdin.read()
            sys.exit(43)
            """;

    static ValidatorSpec interactor(String source) {
        return new ValidatorSpec("python", List.of(new SourceFile("interactor.py", source)), VALIDATION)
                .withInteractive(true);
    }

    /**
     * Under gVisor a node refuses every interactive run up front, since its sandboxes cannot share the pipes the
     * program and the interactor talk through (docs/sandbox.md): asserts that refusal, as the behaviour each case
     * has there, and returns true so the case ends; false under the default runtime.
     */
    static boolean refusedUnderGvisor(HostileNode node) {
        if (!HostileNode.UNDER_GVISOR) {
            return false;
        }
        RunRequest request = RunRequest.of("python", "input()\nprint('x', flush=True)\n").withLimits(HostileNode.SMALL)
                .withTests(ONE_TEST).withValidator(interactor(ACCEPTS_AFTER_ONE_LINE));
        HttpResponse<String> response = node.fixture.post("/api/v1/runs", Json.write(node.fixture.json, request));
        assertThat(response.statusCode()).as(response::body).isEqualTo(400);
        assertThat(response.body()).contains("under gVisor").contains("interactive problem");
        node.assertSurvived();
        return true;
    }

    static TestResult judgeOnce(HostileNode node, String program, String interactor) {
        RunResult result = node.run(RunRequest.of("python", program).withLimits(HostileNode.SMALL)
                .withTests(ONE_TEST).withValidator(interactor(interactor)));
        assertThat(result.tests()).hasSize(1);
        return result.tests().get(0);
    }

    @Test
    void theExamplesBinarySearchIsAcceptedOnEveryTestAndItsOutputWentToTheInteractor(HostileNode node)
            throws Exception {
        if (refusedUnderGvisor(node)) {
            return;
        }
        ProblemPackage guess = ProblemPackages.load(GUESS);
        String source = Files.readString(GUESS.resolve("submissions/accepted/binary_search.py"));

        RunResult result = node.run(guess.judgeRequest("python", source));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.tests()).hasSize(guess.allTests().size()).allSatisfy(test -> {
            assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.ACCEPTED);
            assertThat(test.stdout()).isEmpty();
            assertThat(test.judgeMessage()).startsWith("found ");
            assertThat(test.passes()).isNull();
        });
        assertThat(result.tests().get(0).judgeMessage()).isEqualTo("found 7 after 4 questions\n");
        node.assertSurvived();
    }

    @Test
    void aWrongFinalAnswerIsWrongAnswerWithTheInteractorsFeedback(HostileNode node) throws Exception {
        if (refusedUnderGvisor(node)) {
            return;
        }
        ProblemPackage guess = ProblemPackages.load(GUESS);
        String source = Files.readString(GUESS.resolve("submissions/accepted/binary_search.py"))
                .replace("print(\"!\", mid, flush=True)", "print(\"!\", mid + 1, flush=True)");

        RunResult result = node.run(guess.sampleRequest("python", source));

        TestResult test = result.tests().get(0);
        assertThat(test.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(test.feedback()).isEqualTo("wrong answer\n");
        assertThat(test.judgeMessage()).isEqualTo("answered 8, the number was 7\n");
    }

    @Test
    void aProgramThatFailsAfterTheInteractorAcceptedHasItsOwnFailure(HostileNode node) {
        if (refusedUnderGvisor(node)) {
            return;
        }
        TestResult crashed = judgeOnce(node, "input()\nprint('done', flush=True)\nraise SystemExit(3)\n",
                ACCEPTS_AFTER_ONE_LINE);
        TestResult spun = judgeOnce(node, "input()\nprint('done', flush=True)\nwhile True:\n    pass\n",
                ACCEPTS_AFTER_ONE_LINE);

        assertThat(crashed.verdict()).as(crashed::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(crashed.exitCode()).isEqualTo(3);
        assertThat(spun.verdict()).as(spun::toString).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
    }

    @Test
    void aRejectionBeforeTheProgramEndsWinsOverTheProgramsCrash(HostileNode node) {
        if (refusedUnderGvisor(node)) {
            return;
        }
        // The program writes again after the interactor has gone: it dies of the broken pipe, after the fact.
        TestResult test = judgeOnce(node, """
                import time
                input()
                print("first", flush=True)
                time.sleep(0.5)
                print("second", flush=True)
                """, REJECTS_AFTER_ONE_LINE);

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(test.feedback()).isEqualTo("rejected at the first line");
    }

    @Test
    void aRejectionWhileTheProgramWaitsForItsAnswerWinsOverTheEndOfFileItThenReads(HostileNode node) {
        if (refusedUnderGvisor(node)) {
            return;
        }
        // The program reads at once after the interactor exits, and dies of EOFError: the rejection came first.
        TestResult test = judgeOnce(node, "input()\nprint('first', flush=True)\ninput()\n", REJECTS_AFTER_ONE_LINE);

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(test.stderr()).contains("EOFError");
    }

    @Test
    void aProgramThatCrashesFirstIsARuntimeErrorThoughTheInteractorThenRejects(HostileNode node) {
        if (refusedUnderGvisor(node)) {
            return;
        }
        TestResult test = judgeOnce(node, "input()\nraise SystemExit(1)\n", REJECTS_AT_THE_END);

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(test.exitCode()).isEqualTo(1);
    }

    @Test
    void anInteractorThatCrashesIsAJudgeErrorHoweverTheProgramDid(HostileNode node) {
        if (refusedUnderGvisor(node)) {
            return;
        }
        TestResult test = judgeOnce(node, "input()\nprint('x', flush=True)\n",
                "import sys\nprint('go', flush=True)\nsys.stdin.readline()\nraise ValueError('oops')\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(test.judgeMessage()).contains("exited with code 1").contains("ValueError: oops");
    }

    @Test
    void theLinkHoldsOnlyThePipesAndTheProgramSeesNoneOfTheValidatorsFiles(HostileNode node) {
        if (refusedUnderGvisor(node)) {
            return;
        }
        TestResult test = judgeOnce(node, """
                import os
                input()
                print(sorted(os.listdir("/link")), os.path.exists("input"), os.path.exists("answer"), flush=True)
                """, """
                import sys
                print("go", flush=True)
                open(sys.argv[3] + "judgemessage.txt", "w").write(sys.stdin.readline())
                sys.exit(42)
                """);

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.ACCEPTED);
        assertThat(test.judgeMessage()).isEqualTo("['from_program', 'program.lock', 'to_program'] False False\n");
    }
}
