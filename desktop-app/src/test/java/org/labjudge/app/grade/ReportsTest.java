package org.labjudge.app.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.grade.GradeRow.Arrival;
import org.labjudge.app.grade.SimilarPair.Mark;
import org.labjudge.app.grade.SimilarPair.MarkedFile;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** What the CSV, the Moodle CSV and the HTML page show of a grade. */
class ReportsTest {

    @TempDir
    Path dir;

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulas() {
        assertThat(CsvReport.field("plain")).isEqualTo("plain");
        assertThat(CsvReport.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvReport.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvReport.field("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(CsvReport.field(null)).isEmpty();
    }

    @Test
    void aCompilerMessageReachesTheCsvAndTheHtml() throws Exception {
        GradeReport report = report();

        String csv = CsvReport.render(report);
        String html = HtmlReport.render(report);

        assertThat(csv.lines().filter(l -> l.startsWith("cy,"))).singleElement().asString()
                .contains(",COMPILATION_ERROR,0,4,").endsWith(",\"main.py:1: SyntaxError: invalid syntax");
        assertThat(csv).contains("\"main.py:1: SyntaxError: invalid syntax\n    def f(:\"\r\n");
        assertThat(html).contains("<pre class=\"err\">main.py:1: SyntaxError: invalid syntax\n    def f(:</pre>");
    }

    @Test
    void htmlIsSelfContainedWithMatrixChartsDetailsAndPairs() throws Exception {
        String html = HtmlReport.render(report());

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<h1>Sum &lt;&amp;&gt;</h1>")
                .contains("<a href=\"#student-0\">&lt;b&gt;ann&lt;/b&gt;</a> <span class=\"late\">late</span>")
                .contains("<td class=\"t WRONG_ANSWER\" title=\"secret/a/2: WRONG_ANSWER, 14 ms\">WA</td>")
                .contains("<td class=\"t ACCEPTED\" title=\"sample/1: ACCEPTED, 10 ms\">AC</td>")
                .contains("Tests: 1 <code>sample/1</code>, 2 <code>secret/a/1</code>, 3 <code>secret/a/2</code>")
                .contains("aria-label=\"Score distribution\"", "aria-label=\"Verdicts\"")
                .contains("<title>50%-60%: 1</title>")
                .contains("<rect class=\"v-COMPILATION_ERROR\"")
                .contains("First failed test <code>secret/a/2</code>")
                .contains("<tr><td class=\"bad\">6</td><td class=\"bad\">7</td></tr>")
                .contains("<a href=\"#pair-0\">91%</a>")
                .contains("<mark class=\"m0\" title=\"match 1\">x = 1</mark>")
                .contains("<span class=\"ln\">3</span>print(x)\n")
                .contains("MISSING");
        assertThat(html).doesNotContain("<b>", "<script", "http://", "https://", "src=", "<link");
    }

    @Test
    void anInteractiveFailureShowsTheInteractorsFilesAndFeedbackInsteadOfADiff() throws Exception {
        ProblemPackage guess = ProblemPackages.load(Path.of("..", "examples", "problems", "guess-a-number"));
        GradeReport report = oneStudent(guess, test -> test.name().equals("secret/02")
                ? judged(test, Verdict.WRONG_ANSWER, "guessed 12, the number was 42", "guess 7 of 7 wrong", null)
                : judged(test, Verdict.ACCEPTED, null, null, null));

        String html = HtmlReport.render(report);

        assertThat(report.rows().get(0).firstFailure().interactive()).isTrue();
        assertThat(html).contains("First failed test <code>secret/02</code>")
                .contains("talked with the problem's interactor")
                .contains("The interactor's input:</p>\n<pre>" + guess.secretTests().get(1).input())
                .contains("<pre class=\"feedback\">guessed 12, the number was 42</pre>")
                .contains("Judge message (for the teacher only):</p>\n<pre>guess 7 of 7 wrong</pre>")
                .doesNotContain("<table class=\"diff\">");
    }

    @Test
    void aMultiPassTestShowsItsPasses() throws Exception {
        ProblemPackage relay = ProblemPackages.load(Path.of("..", "examples", "problems", "relay-word"));
        String first = relay.allTests().get(0).name();
        String second = relay.allTests().get(1).name();
        GradeReport report = oneStudent(relay, test -> test.name().equals(second)
                ? judged(test, Verdict.WRONG_ANSWER, "decoded the wrong word", null, 2)
                : judged(test, Verdict.ACCEPTED, null, null, 2));

        String html = HtmlReport.render(report);

        assertThat(html).contains("title=\"" + first + ": ACCEPTED, 20 ms, 2 passes\">AC</td>")
                .contains("First failed test <code>" + second + "</code>: <span class=\"WRONG_ANSWER\">WRONG_ANSWER"
                        + "</span>, after 2 passes")
                .contains("<pre class=\"feedback\">decoded the wrong word</pre>");
    }

    /** A validator's result of {@code test}: no output kept (an interactive program's went to the validator). */
    private static TestResult judged(TestCase test, Verdict verdict, String feedback, String judgeMessage,
            Integer passes) {
        return new TestResult(test.name(), verdict, 0, null, "", "", 20, 30, 9000, false, null, feedback, judgeMessage,
                null, passes);
    }

    /** The report of one student whose every test of {@code problem} was judged as {@code judge} says. */
    private GradeReport oneStudent(ProblemPackage problem, java.util.function.Function<TestCase, TestResult> judge)
            throws Exception {
        RowMaker maker = new RowMaker(problem, GroupWeights.EQUAL);
        List<TestResult> tests = problem.allTests().stream().map(judge).toList();
        Verdict overall = Verdict.overall(tests.stream().map(TestResult::verdict).toList());
        GradeRow row = maker.judged(GradeFixtures.submission(dir, "dee", "print(1)"), Arrival.ON_TIME,
                new RunResult("r4", "lab-01", "python", overall, null, tests, null, 0, 50), false);
        return new GradeReport(problem.id(), problem.name(), "2025-01-02T03:04:05Z",
                problem.allTests().stream().map(TestCase::name).toList(), maker.maxScore(), GroupWeights.EQUAL.source(),
                List.of(row), new SimilarityReport(0.5, List.of(), List.of(), 1));
    }

    @Test
    void moodleCsvHasTheUserColumnAGradeOutOf100AndFeedback() throws Exception {
        String csv = MoodleCsv.render(report());

        assertThat(csv.lines().toList()).containsExactly(
                "Username,Sum <&>,Feedback: Sum <&>",
                "<b>ann</b>,50,\"WRONG_ANSWER: 2 of 4 tests passed, score 2 of 4. Submitted late.\"",
                "cy,0,\"COMPILATION_ERROR: 0 of 4 tests passed, score 0 of 4. Compiler: main.py:1: SyntaxError: invalid"
                        + " syntax\"",
                "fay,,No submission.");
    }

    private GradeReport report() throws Exception {
        ProblemPackage loaded = ProblemPackages.load(GradeFixtures.passFail(dir));
        ProblemPackage problem = new ProblemPackage(loaded.id(), "Sum <&>", "", loaded.limits(), loaded.checker(),
                loaded.samples(), loaded.secretTests(), loaded.directory());
        RowMaker maker = new RowMaker(problem, GroupWeights.EQUAL);
        GradeRow ann = maker.judged(GradeFixtures.submission(dir, "<b>ann</b>", "x = 1"), Arrival.LATE,
                GradeFixtures.result(Verdict.WRONG_ANSWER, "sample/1", Verdict.ACCEPTED, "secret/a/1", Verdict.ACCEPTED,
                        "secret/a/2", Verdict.WRONG_ANSWER, "secret/b/1", Verdict.WRONG_ANSWER), false);
        GradeRow cy = maker.judged(GradeFixtures.submission(dir, "cy", "def f(:"), Arrival.ON_TIME,
                GradeFixtures.compileError("main.py:1: SyntaxError: invalid syntax\n    def f(:\n"), false);
        SimilarPair pair = new SimilarPair("<b>ann</b>", "cy", "python", 0.91, 40,
                List.of(new MarkedFile("main.py", "x = 1\ny = 2\nprint(x)\n", List.of(new Mark(1, 2, 1)))),
                List.of(new MarkedFile("main.py", "z = 1\nw = 2\n", List.of(new Mark(1, 2, 1)))));
        return new GradeReport(problem.id(), problem.name(), "2025-01-02T03:04:05Z",
                problem.allTests().stream().map(TestCase::name).toList(), maker.maxScore(), GroupWeights.EQUAL.source(),
                List.of(ann, cy, maker.missing("fay")), new SimilarityReport(0.5, List.of(pair), List.of(), 12));
    }
}
