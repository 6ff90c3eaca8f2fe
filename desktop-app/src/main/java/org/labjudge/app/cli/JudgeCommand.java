package org.labjudge.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.labjudge.app.grade.Scores;
import org.labjudge.app.pool.HashedRequest;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.publish.StudentCopy;
import org.labjudge.app.submission.Program;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.SampleInteraction;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.GroupResult;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code labjudge judge PROBLEM_DIR PATH...}: judges one program (a source file, or a folder or several files) on a problem package's sample and secret
 * tests, prints a line per test and the overall verdict, and exits 0 only when accepted (so scripts and CI
 * can use it). For a failed sample the expected and actual output are shown; secret data never is. A custom
 * validator's messages follow the table: its feedback ({@code teammessage.txt}, for the student) and, judging a
 * package, its judge message ({@code judgemessage.txt}, for the teacher who holds the package); judging a
 * student copy ({@code labjudge publish}) shows the feedback only, as the editor does. A scoring problem's result adds each test's
 * and each group's score and the total; a multi-pass problem's, the passes each test ran.
 */
@Command(name = "judge", mixinStandardHelpOptions = true,
        description = "Judge a program on a problem package (samples and secret tests).")
final class JudgeCommand extends PoolCommand {

    private static final int SHOWN_LINES = 8;

    @Parameters(index = "0", paramLabel = "PROBLEM_DIR",
            description = "a Kattis problem package folder, or a student copy (labjudge publish)")
    Path problemDir;

    @Parameters(index = "1", arity = "1..*", paramLabel = "PATH",
            description = "the source file; or a folder, or several files, as one program (the node finds its"
                    + " main file)")
    List<Path> paths;

    @Mixin
    SourceOptions sourceOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        ProblemPackage problem = StudentCopy.load(problemDir);
        boolean forTeacher = !StudentCopy.isOne(problemDir);
        Program program;
        RunRequest request;
        RunResult result;
        try (Pool pool = main.openPool()) {
            program = sourceOptions.read(paths, pool);
            request = program.judgeRequest(problem);
            // By hash: each node gets the data once (uploaded where missing); a student copy holds only hashes.
            HashedRequest hashed = HashedRequest.of(request);
            result = pool.run(hashed.request(), hashed.blobs());
        }
        out.println(problem.name() + " (" + problem.id() + "): " + SourceOptions.describe(paths) + ", "
                + program.language() + ", "
                + request.tests().size() + " tests, judged on " + result.nodeId());
        CompileResult compile = result.compile();
        if (compile != null && compile.verdict() != null && compile.verdict() != Verdict.OK) {
            out.println("Compilation failed (" + compile.verdict() + "):");
            out.println(indent(compile.stderr().isBlank() ? compile.stdout() : compile.stderr()));
        }
        boolean scored = result.score() != null;
        boolean multiPass = result.tests().stream().anyMatch(t -> t.passes() != null);
        List<String> header = new ArrayList<>(List.of("TEST", "VERDICT", "TIME", "MEMORY"));
        if (multiPass) {
            header.add("PASSES");
        }
        if (scored) {
            header.add("SCORE");
        }
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (int column = 2; column < header.size(); column++) {
            table.alignRight(column);
        }
        int passed = 0;
        for (TestResult test : result.tests()) {
            passed += test.passed() ? 1 : 0;
            List<Object> cells = new ArrayList<>(List.of(test.name(), test.verdict(), test.timeMs() + " ms",
                    test.memoryKb() / 1024 + " MB"));
            if (multiPass) {
                cells.add(test.passes() == null ? "-" : test.passes());
            }
            if (scored) {
                cells.add(test.score() == null ? "-" : Scores.format(test.score()));
            }
            table.add(cells.toArray());
        }
        if (!result.tests().isEmpty()) {
            table.print(out);
        }
        showValidatorMessages(out, result, forTeacher);
        showFailedSample(out, problem, result);
        if (scored) {
            showGroups(out, request, result);
        }
        out.println("Verdict: " + result.verdict() + " (" + passed + "/" + request.tests().size() + " tests passed)");
        out.flush();
        return result.verdict() == Verdict.ACCEPTED ? LabJudgeMain.EXIT_OK : LabJudgeMain.EXIT_REJECTED;
    }

    /** Each group's score, then the total out of the most it could be. */
    private static void showGroups(PrintWriter out, RunRequest request, RunResult result) {
        TextTable groups = new TextTable("GROUP", "VERDICT", "TESTS", "SCORE").alignRight(2).alignRight(3);
        for (GroupResult group : result.groups()) {
            groups.add(group.name(), group.verdict(), group.passed() + "/" + group.tests(),
                    Scores.format(group.score()) + " / " + Scores.format(group.maxScore()));
        }
        out.println();
        groups.print(out);
        double max = request.scoring() == null ? 0 : request.scoring().possibleScore();
        out.println("Score: " + Scores.format(result.score()) + " / " + Scores.format(max));
    }

    /** Each test's validator feedback, and for the teacher its judge message, when its validator wrote any. */
    private static void showValidatorMessages(PrintWriter out, RunResult result, boolean forTeacher) {
        for (TestResult test : result.tests()) {
            if (test.feedback() != null) {
                out.println(test.name() + " feedback: " + oneLine(test.feedback()));
            }
            if (forTeacher && test.judgeMessage() != null) {
                out.println(test.name() + " judge message: " + oneLine(test.judgeMessage()));
            }
        }
    }

    private static String oneLine(String text) {
        String first = head(text.strip()).replace("\n", " | ");
        return first.length() <= 300 ? first : first.substring(0, 300) + "...";
    }

    /**
     * The first failed sample's expected and actual output: the student may see samples. An interactive
     * program's output went to the interactor, so for it the sample's dialogue is shown instead (the
     * interactor's feedback is printed with the validator's messages).
     */
    private static void showFailedSample(PrintWriter out, ProblemPackage problem, RunResult result) {
        for (TestResult test : result.tests()) {
            if (test.passed()) {
                continue;
            }
            if (problem.interactive() && test.verdict() == Verdict.WRONG_ANSWER) {
                for (SampleInteraction dialogue : problem.interactions()) {
                    if (dialogue.name().equals(test.name())) {
                        out.println();
                        out.println(test.name() + " is interactive: the program's output went to the interactor."
                                + " The sample's dialogue (< the interactor, > the program):");
                        out.println(indent(head(dialogue.text())));
                        out.println();
                        return;
                    }
                }
                continue;
            }
            for (TestCase sample : problem.samples()) {
                if (sample.name().equals(test.name()) && test.verdict() == Verdict.WRONG_ANSWER) {
                    out.println();
                    out.println(test.name() + " expected:");
                    out.println(indent(head(sample.expected())));
                    out.println(test.name() + " got:");
                    out.println(indent(head(test.stdout())));
                    out.println();
                    return;
                }
            }
            if (test.stderr() != null && !test.stderr().isBlank() && test.verdict() == Verdict.RUNTIME_ERROR
                    && problem.samples().stream().anyMatch(s -> s.name().equals(test.name()))) {
                out.println();
                out.println(test.name() + " stderr:");
                out.println(indent(head(test.stderr())));
                out.println();
                return;
            }
        }
    }

    private static String head(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = text.lines().toList();
        if (lines.size() <= SHOWN_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, SHOWN_LINES)) + "\n... (" + (lines.size() - SHOWN_LINES)
                + " more lines)";
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line).reduce((a, b) -> a + "\n" + b).orElse("    (nothing)");
    }
}
