package org.labjudge.app.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** A tab's run state, without a window: each outcome replaces the last, and a secret test shows no data. */
class RunModelTest {

    private static final TestCase SAMPLE = new TestCase("sample-1", "1 2\n", "3\n");
    private static final TestCase SECRET = new TestCase("secret-7", "1000000000 1000000000\n", "2000000000\n");
    private static final RunRequest JUDGE = RunRequest.of("python", "print(0)").withTests(List.of(SAMPLE, SECRET));

    private static TestResult wrong(TestCase test, String output) {
        return new TestResult(test.name(), Verdict.WRONG_ANSWER, 0, null, output, "", 12, 15, 9100, false,
                "expected '" + test.expected().strip() + "', got '" + output.strip() + "'");
    }

    private static RunResult judged(TestResult... tests) {
        return new RunResult("r", "lab-01", "python", Verdict.overall(java.util.Arrays.stream(tests)
                .map(TestResult::verdict).toList()), null, List.of(tests), null, 0, 40);
    }

    @Test
    void aSecretTestShowsItsVerdictButNoneOfItsData() {
        RunModel model = new RunModel();
        model.finished(RunKind.JUDGE, JUDGE, judged(wrong(SAMPLE, "0\n"), wrong(SECRET, "1000000000 echo\n")),
                Set.of("secret-7"));

        TestRow secret = model.rows().get(1);
        assertThat(secret.secret()).isTrue();
        assertThat(secret.result().verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(secret.note()).doesNotContain("2000000000").doesNotContain("1000000000").isEmpty();
        assertThat(secret.shownOutput()).isEmpty();
        TestRow sample = model.rows().get(0);
        assertThat(sample.note()).isEqualTo("expected '3', got '0'");
        assertThat(sample.shownOutput()).isEqualTo("0\n");
        assertThat(model.bannerProperty().get()).startsWith("WRONG ANSWER").contains("0 of 2 tests passed");
        assertThat(model.firstFailure()).isSameAs(sample);
    }

    @Test
    void aRuntimeErrorsNoteEndsWithTheTracebacksLastLine() {
        String traceback = "Traceback (most recent call last):\n  File \"main.py\", line 9, in <module>\n    main()\n"
                + "  File \"main.py\", line 7, in main\n    solve(a)\n  File \"main.py\", line 3, in solve\n"
                + "    return x[5]\nIndexError: list index out of range\n";
        TestResult crashed = new TestResult("sample-1", Verdict.RUNTIME_ERROR, 1, null, "", traceback, 12, 15,
                9100, false, "exit code 1");
        RunModel model = new RunModel();
        model.finished(RunKind.JUDGE, JUDGE, judged(crashed), Set.of());

        assertThat(model.rows().get(0).note()).startsWith("exit code 1\nstderr: \u2026")
                .endsWith("IndexError: list index out of range");
    }

    @Test
    void aMessageReplacesTheLastRunsOutput() {
        RunModel model = new RunModel();
        TestResult run = new TestResult("run", Verdict.OK, 0, null, "3\n", "", 7, 9, 8200, false, null);
        model.finished(RunKind.RUN, RunRequest.of("python", "print(3)"),
                new RunResult("r", "lab-01", "python", Verdict.OK, null, List.of(run), null, 0, 20), Set.of());
        assertThat(model.runProperty().get().tests().get(0).stdout()).isEqualTo("3\n");

        model.ended(RunKind.RUN, "No LabJudge node is reachable");

        assertThat(model.runProperty().get()).isNull();
        assertThat(model.runMessageProperty().get()).isEqualTo("No LabJudge node is reachable");
    }

    @Test
    void aCompileFailureIsKeptUntilTheNextOutcome() {
        RunModel model = new RunModel();
        CompileResult failed = new CompileResult(1, "", "  File \"main.py\", line 2\nIndentationError: expected an"
                + " indented block\n", 30, 40, false, Verdict.COMPILATION_ERROR);
        model.finished(RunKind.JUDGE, JUDGE, new RunResult("r", "lab-01", "python", Verdict.COMPILATION_ERROR, failed,
                List.of(), null, 0, 50), Set.of());
        assertThat(model.compileFailureProperty().get()).isEqualTo(failed);
        assertThat(model.bannerProperty().get()).isEqualTo("COMPILATION ERROR: see the compile errors  \u2013  on lab-01");

        model.started(RunKind.JUDGE, JUDGE, Set.of(), "Judging\u2026");
        model.ended(RunKind.JUDGE, "Judging cancelled.");

        assertThat(model.compileFailureProperty().get()).isNull();
        assertThat(model.rows()).isEmpty();
        assertThat(model.bannerProperty().get()).isEqualTo("Judging cancelled.");
        assertThat(model.bannerVerdictProperty().get()).isNull();
    }

    @Test
    void compilerMessagesAreKeptWithTheSourceTheyAreAboutUntilTheNextRunStarts() {
        RunModel model = new RunModel();
        RunRequest c = RunRequest.of("c", "int main(void) { return 0 }\n").withTests(List.of(SAMPLE));
        CompileResult failed = new CompileResult(1, "", "main.c: In function 'main':\n"
                + "main.c:1:15: warning: unused variable 'x' [-Wunused-variable]\n"
                + "main.c:1:27: error: expected ';' before '}' token\n", 30, 40, false, Verdict.COMPILATION_ERROR);
        model.finished(RunKind.JUDGE, c, new RunResult("r", "lab-01", "c", Verdict.COMPILATION_ERROR, failed,
                List.of(), null, 0, 40), Set.of());

        assertThat(model.compileMessagesProperty().get()).containsExactly(
                new CompilerMessage(1, 15, "warning: unused variable 'x' [-Wunused-variable]"),
                new CompilerMessage(1, 27, "error: expected ';' before '}' token"));
        assertThat(model.compileMessagesProperty().get()).extracting(CompilerMessage::isWarning)
                .containsExactly(true, false);
        assertThat(model.compiledSource()).isEqualTo("int main(void) { return 0 }\n");

        model.started(RunKind.JUDGE, c, Set.of(), "Judging\u2026");
        assertThat(model.compileMessagesProperty().get()).isEmpty();
    }

    @Test
    void aSuccessfulCompilesWarningsAreMarkedToo() {
        RunModel model = new RunModel();
        CompileResult warned = new CompileResult(0, "", "main.c:3:13: warning: initialization of 'int' from"
                + " 'char *' makes integer from pointer without a cast [-Wint-conversion]\n", 30, 40, false,
                Verdict.OK);
        model.finished(RunKind.JUDGE, JUDGE, new RunResult("r", "lab-01", "c", Verdict.ACCEPTED, warned,
                List.of(new TestResult("sample-1", Verdict.ACCEPTED, 0, null, "3\n", "", 12, 15, 9100, false, null)),
                null, 0, 40), Set.of());

        assertThat(model.compileFailureProperty().get()).isNull();
        assertThat(model.compileMessagesProperty().get()).containsExactly(new CompilerMessage(3, 13,
                "warning: initialization of 'int' from 'char *' makes integer from pointer without a cast"
                        + " [-Wint-conversion]"));
    }

    @Test
    void rowsAppearAsTestsAreJudgedAndARetryReplacesThem() {
        RunModel model = new RunModel();
        model.started(RunKind.JUDGE, JUDGE, Set.of("secret-7"), "Judging\u2026");

        model.testJudged(wrong(SAMPLE, "0\n"));
        assertThat(model.rows()).extracting(TestRow::name).containsExactly("sample-1");
        assertThat(model.bannerProperty().get()).isEqualTo("Judging\u2026 1 of 2 tests judged, 1 failed");
        // The run moved to another node, which judges from the first test again.
        TestResult right = new TestResult("sample-1", Verdict.ACCEPTED, 0, null, "3\n", "", 12, 15, 9100, false, null);
        model.testJudged(right);
        model.testJudged(wrong(SECRET, "0\n"));

        assertThat(model.rows()).extracting(row -> row.result().verdict())
                .containsExactly(Verdict.ACCEPTED, Verdict.WRONG_ANSWER);
        assertThat(model.rows().get(1).secret()).isTrue();
        assertThat(model.rows().get(1).test()).isEqualTo(SECRET);

        model.ended(RunKind.JUDGE, "Judging cancelled.");
        model.testJudged(right);
        assertThat(model.rows()).as("a late row of an ended judging").isEmpty();
    }
}
