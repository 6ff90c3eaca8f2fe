package org.labjudge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.pool.StubNode;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The command-line mode against stub nodes (which accept every test unless the source contains WRONG):
 * what a teacher sees and the exit codes scripts rely on.
 */
class LabJudgeMainTest {

    @TempDir
    Path dir;

    private StubNode node;
    private Path nodes;

    @BeforeEach
    void startNode() throws IOException {
        node = StubNode.start("lab-01", 4, Duration.ZERO);
        nodes = dir.resolve("nodes.json");
        Files.writeString(nodes, "{\"nodes\":[{\"name\":\"lab-01\",\"url\":\"" + node.url() + "\"}]}");
    }

    @AfterEach
    void stopNode() {
        node.close();
    }

    @Test
    void nodesShowsTheTable() {
        Result result = run("nodes", "--nodes", nodes.toString());

        assertThat(result.code).isZero();
        assertThat(result.out).contains("Node list: " + nodes);
        List<String> lines = result.out.lines().toList();
        assertThat(lines.get(1)).matches("NAME +URL +STATUS +LATENCY +BUSY/SLOTS +LANGUAGES");
        assertThat(lines.get(2)).matches("lab-01 +" + node.url() + " +UP +\\d+ ms +0/4 +python,java,c");
    }

    @Test
    void nodesShowsWhyANodeIsDownAndFailsWhenNoneIsUp() {
        node.kill();
        Result result = run("--nodes", nodes.toString(), "nodes");

        assertThat(result.code).isEqualTo(LabJudgeMain.EXIT_POOL);
        assertThat(result.out).contains("DOWN (connection refused)");
    }

    @Test
    void runPrintsTheProgramsOutputAndASummary() throws IOException {
        Path file = dir.resolve("hello.py");
        Files.writeString(file, "print('out')\n");
        Path input = dir.resolve("in.txt");
        Files.writeString(input, "data\n");

        Result result = run("run", file.toString(), "--stdin", input.toString(), "--nodes", nodes.toString());

        assertThat(result.code).isZero();
        assertThat(result.out).isEqualTo("out\n");
        assertThat(result.err).matches("(?s)\\[OK, \\d+ ms, node lab-01]\\s*");
    }

    @Test
    void runFeedsAPipedStandardInputToTheProgram() throws IOException {
        AtomicReference<String> sent = sentStdin();

        Result result = run(piped("Ada\n"), "run", program().toString(), "--nodes", nodes.toString());

        assertThat(result.code).as(result.err).isZero();
        assertThat(sent).hasValue("Ada\n");
    }

    @Test
    void runWithStdinDashReadsTheCommandsOwnInputEvenFromATerminal() throws IOException {
        AtomicReference<String> sent = sentStdin();

        Result result = run(new StandardInput(bytes("Bo\n"), true), "run", program().toString(), "--stdin", "-",
                "--nodes", nodes.toString());

        assertThat(result.code).as(result.err).isZero();
        assertThat(sent).hasValue("Bo\n");
    }

    @Test
    void runDoesNotWaitForATerminalsInputUnlessAsked() throws IOException {
        AtomicReference<String> sent = sentStdin();
        InputStream neverRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a terminal's input was read without --stdin -");
            }
        };

        Result result = run(new StandardInput(neverRead, true), "run", program().toString(), "--nodes",
                nodes.toString());

        assertThat(result.code).as(result.err).isZero();
        assertThat(sent).hasValue("");
    }

    /** The stdin of the run the node receives next. */
    private AtomicReference<String> sentStdin() {
        AtomicReference<String> sent = new AtomicReference<>();
        node.judge(request -> {
            sent.set(request.stdin());
            return Verdict.ACCEPTED;
        });
        return sent;
    }

    private Path program() throws IOException {
        return Files.writeString(dir.resolve("hi.py"), "print('Hi ' + input())\n");
    }

    @Test
    void runRefusesAFileOfUnknownLanguage() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello\n");

        Result result = run("run", file.toString(), "--nodes", nodes.toString());

        assertThat(result.code).isEqualTo(LabJudgeMain.EXIT_USAGE);
        assertThat(result.err).contains("cannot tell the language of " + file);
    }

    @Test
    void judgeExitsZeroOnlyWhenAccepted() throws IOException {
        Path problem = problem("sum");
        Path good = dir.resolve("good.py");
        Files.writeString(good, "print(3)\n");
        Path bad = dir.resolve("bad.py");
        Files.writeString(bad, "print('WRONG')\n");

        Result accepted = run("judge", problem.toString(), good.toString(), "--nodes", nodes.toString());
        assertThat(accepted.code).isZero();
        assertThat(accepted.out).contains("Sum (sum): good.py, python, 3 tests, judged on lab-01")
                .containsPattern("sample/1 +ACCEPTED")
                .containsPattern("secret/g1/01 +ACCEPTED")
                .contains("Verdict: ACCEPTED (3/3 tests passed)");

        node.judge(request -> request.source().contains("WRONG") ? Verdict.WRONG_ANSWER : Verdict.ACCEPTED);
        Result rejected = run("judge", problem.toString(), bad.toString(), "--nodes", nodes.toString());
        assertThat(rejected.code).isEqualTo(LabJudgeMain.EXIT_REJECTED);
        assertThat(rejected.out).contains("Verdict: WRONG_ANSWER (0/3 tests passed)")
                .contains("sample/1 expected:\n    3\nsample/1 got:");
    }

    @Test
    void judgeOfAnInteractiveProblemShowsTheFeedbackAndTheSampleDialogueNotAnEmptyOutput() throws IOException {
        Path problem = Path.of("..", "examples", "problems", "guess-a-number");
        Path bad = dir.resolve("bad.py");
        Files.writeString(bad, "print('WRONG')\n");
        node.finishTests(test -> new TestResult(test.name(), test.verdict(), 0, null, "", "", 20, 30, 1000, false, null,
                test.passed() ? null : "no guess was right", null));

        Result result = run("judge", problem.toString(), bad.toString(), "--nodes", nodes.toString());

        assertThat(result.code).isEqualTo(LabJudgeMain.EXIT_REJECTED);
        assertThat(result.out).contains("sample/1 feedback: no guess was right")
                .contains("sample/1 is interactive: the program's output went to the interactor.")
                .contains("    <10\n    >? 5\n    <up\n")
                .doesNotContain("sample/1 expected:").doesNotContain("sample/1 got:");
    }

    @Test
    void judgeOfAMultiPassProblemHasAPassesColumn() throws IOException {
        Path problem = Path.of("..", "examples", "problems", "relay-word");
        Path good = dir.resolve("good.py");
        Files.writeString(good, "print(1)\n");
        node.finishTests(test -> test.withPasses(2));

        Result result = run("judge", problem.toString(), good.toString(), "--nodes", nodes.toString());

        assertThat(result.code).isZero();
        List<String> lines = result.out.lines().toList();
        assertThat(lines.get(1)).matches("TEST +VERDICT +TIME +MEMORY +PASSES");
        assertThat(lines.get(2)).matches("sample/1 +ACCEPTED +0 ms +0 MB +2");
    }

    @Test
    void judgeNamesTheBrokenFileOfAProblemPackage() throws IOException {
        Path problem = problem("broken");
        Files.delete(problem.resolve("data/sample/1.ans"));
        Path good = dir.resolve("good.py");
        Files.writeString(good, "print(3)\n");

        Result result = run("judge", problem.toString(), good.toString(), "--nodes", nodes.toString());

        assertThat(result.code).isEqualTo(LabJudgeMain.EXIT_USAGE);
        assertThat(result.err).contains("labjudge: broken/data/sample/1.in: no answer file 1.ans");
    }

    @Test
    void judgeTakesTheLanguageFromLangOrRefusesAFileOfUnknownLanguage() throws IOException {
        Path problem = problem("sum");
        Path file = dir.resolve("solution.txt");
        Files.writeString(file, "print(3)\n");

        Result refused = run("judge", problem.toString(), file.toString(), "--nodes", nodes.toString());
        assertThat(refused.code).isEqualTo(LabJudgeMain.EXIT_USAGE);
        assertThat(refused.err).contains("cannot tell the language of " + file).contains("use --lang");

        Result judged = run("judge", problem.toString(), file.toString(), "--lang", "python",
                "--nodes", nodes.toString());
        assertThat(judged.code).isZero();
        assertThat(judged.out).contains("solution.txt, python, 3 tests");
    }

    @Test
    void gradeRefusesAFileInsteadOfAFolder() throws IOException {
        Path problem = problem("sum");
        Path file = dir.resolve("alice.py");
        Files.writeString(file, "print(3)\n");

        Result result = run("grade", problem.toString(), file.toString(), "--nodes", nodes.toString());

        assertThat(result.code).isEqualTo(LabJudgeMain.EXIT_USAGE);
        assertThat(result.err).isEqualTo("labjudge: " + file + ": not a folder\n");
    }

    @Test
    void gradeWritesCsvAndHtmlWithEveryStudent() throws IOException {
        Path problem = problem("sum");
        Path submissions = Files.createDirectories(dir.resolve("submissions"));
        Files.writeString(submissions.resolve("alice.py"), "print(3)\n");
        Files.writeString(submissions.resolve("carol.py"), "print('WRONG')\n");
        Files.createDirectories(submissions.resolve("bob"));
        Files.writeString(submissions.resolve("bob/main.py"), "import util\n");
        Files.writeString(submissions.resolve("bob/util.py"), "x = 3\n");
        Files.createDirectories(submissions.resolve("dan <script>"));
        Files.writeString(submissions.resolve("dan <script>/README.txt"), "no code\n");
        Files.writeString(submissions.resolve("zoe.txt"), "my answer is 3\n");
        Path out = dir.resolve("reports");

        Result result = run("grade", problem.toString(), submissions.toString(), "--out", out.toString(),
                "--nodes", nodes.toString(), "--no-cache");

        assertThat(result.code).as("two submissions could not be judged").isEqualTo(LabJudgeMain.EXIT_REJECTED);
        assertThat(result.err).contains("Grading 5 submissions for Sum on 1 node(s)").contains("5/5 graded");
        assertThat(Files.readAllLines(out.resolve("sum-grades.csv"))).containsExactly(
                "student,file,language,arrival,verdict,score,max_score,tests_passed,tests_total,max_time_ms,node,"
                        + "group:sample,group:secret/g1,group:secret/g2,error",
                "alice,alice.py,python,ON_TIME,ACCEPTED,3,3,3,3,0,lab-01,1,1,1,",
                "bob,bob,python,ON_TIME,ACCEPTED,3,3,3,3,0,lab-01,1,1,1,",
                "carol,carol.py,python,ON_TIME,WRONG_ANSWER,0,3,0,3,0,lab-01,0,0,0,",
                "dan <script>,dan <script>,,ON_TIME,NOT_JUDGED,0,3,0,3,0,,,,,"
                        + "no source file (the pool knows .py .py3 .java .c)",
                "zoe,zoe.txt,,ON_TIME,NOT_JUDGED,0,3,0,3,0,,,,,unknown file type (the pool knows .py .py3 .java .c)");
        String html = Files.readString(out.resolve("sum-grades.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains(">alice</a>")
                .contains("<td class=\"WRONG_ANSWER\">WRONG_ANSWER</td>")
                .contains("dan &lt;script&gt;").contains("unknown file type")
                .doesNotContain("<script>", "<link", "src=");
        assertThat(result.out).containsPattern("bob +ACCEPTED +3 +3/3").containsPattern("zoe +NOT_JUDGED .*unknown file type")
                .contains("Wrote " + out.toAbsolutePath().resolve("sum-grades.csv"));
    }

    @Test
    void gradeWritesItsReportsUnderTheHomeFolderNotTheCurrentOneAndSaysWhere() throws IOException {
        Path problem = problem("sum");
        Path submissions = Files.createDirectories(dir.resolve("submissions"));
        Files.writeString(submissions.resolve("alice.py"), "print(3)\n");
        Path home = Files.createDirectories(dir.resolve("home"));
        String realHome = System.getProperty("user.home");
        Result result;
        System.setProperty("user.home", home.toString());
        try {
            result = run("grade", problem.toString(), submissions.toString(), "--nodes", nodes.toString(),
                    "--no-cache");
        } finally {
            System.setProperty("user.home", realHome);
        }

        assertThat(result.code).isZero();
        Path reports = home.resolve("labjudge-grades").resolve("sum");
        assertThat(reports.resolve("sum-grades.csv")).exists();
        assertThat(reports.resolve("sum-moodle.csv")).exists();
        assertThat(reports.resolve("sum-grades.html")).exists();
        assertThat(Path.of("sum-grades.csv")).doesNotExist();
        assertThat(result.out).contains("Wrote " + reports.resolve("sum-grades.csv") + ", "
                + reports.resolve("sum-moodle.csv") + " and " + reports.resolve("sum-grades.html"));
    }

    @Test
    void gradeJsonIsTheWholeReportOnStandardOutput() throws IOException {
        Path problem = problem("sum");
        Path submissions = Files.createDirectories(dir.resolve("submissions"));
        Files.writeString(submissions.resolve("alice.py"), "print(3)\n");
        Files.writeString(submissions.resolve("carol.py"), "print('WRONG')\n");

        Result result = run("grade", problem.toString(), submissions.toString(), "--nodes", nodes.toString(),
                "--out", dir.resolve("r").toString(), "--no-cache", "--json");

        assertThat(result.code).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(result.out);
        assertThat(json.path("problemId").asText()).isEqualTo("sum");
        assertThat(json.path("maxScore").asDouble()).isEqualTo(3.0);
        assertThat(json.path("rows")).hasSize(2);
        assertThat(json.path("rows").get(0).path("student").asText()).isEqualTo("alice");
        assertThat(json.path("rows").get(0).path("score").asDouble()).isEqualTo(3.0);
        assertThat(json.path("rows").get(1).path("verdict").asText()).isEqualTo("WRONG_ANSWER");
        assertThat(json.path("rows").get(1).path("firstFailure").path("name").asText()).isEqualTo("sample/1");
        assertThat(result.err).contains("Wrote ");
    }

    @Test
    void aFileWhoseExtensionNoNodeListsIsRefusedLikeTheEditorDoes() throws IOException {
        Path header = dir.resolve("x.h");
        Files.writeString(header, "int f(void);\n");

        Result result = run("run", header.toString(), "--nodes", nodes.toString());

        assertThat(result.code).isEqualTo(LabJudgeMain.EXIT_USAGE);
        assertThat(result.err).contains("cannot tell the language of " + header + " (the pool knows .py .py3 .java .c)")
                .contains("--lang");
        assertThat(node.received()).isZero();
    }

    @Test
    void withNoReachableNodeTheMessageIsPlainAndTheExitCodeSaysSo() throws IOException {
        node.kill();
        Path file = dir.resolve("hello.py");
        Files.writeString(file, "print(1)\n");

        Result result = run("run", file.toString(), "--nodes", nodes.toString(), "--deadline", "5");

        assertThat(result.code).isEqualTo(LabJudgeMain.EXIT_POOL);
        assertThat(result.err).isEqualTo("labjudge: No LabJudge node is reachable (1 listed in " + nodes + ")\n");
    }

    private Path problem(String id) throws IOException {
        Path problem = dir.resolve(id);
        write(problem.resolve("problem.yaml"), "name: Sum\nlimits:\n  time_limit: 1\n");
        write(problem.resolve("data/sample/1.in"), "1 2\n");
        write(problem.resolve("data/sample/1.ans"), "3\n");
        write(problem.resolve("data/secret/g1/01.in"), "2 2\n");
        write(problem.resolve("data/secret/g1/01.ans"), "4\n");
        write(problem.resolve("data/secret/g2/01.in"), "5 5\n");
        write(problem.resolve("data/secret/g2/01.ans"), "10\n");
        return problem;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        return run(piped(""), args);
    }

    private static Result run(StandardInput stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabJudgeMain.run(args, stdin, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static StandardInput piped(String text) {
        return new StandardInput(bytes(text), false);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
