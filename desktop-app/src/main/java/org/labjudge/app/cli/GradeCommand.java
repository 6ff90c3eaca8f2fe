package org.labjudge.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.labjudge.app.grade.CsvReport;
import org.labjudge.app.grade.GradeRow;
import org.labjudge.app.grade.Grader;
import org.labjudge.app.grade.HtmlReport;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.language.Languages;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.submission.Submission;
import org.labjudge.app.submission.SubmissionScanner;
import org.labjudge.protocol.problem.ProblemPackage;
import org.labjudge.protocol.problem.ProblemPackages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labjudge grade PROBLEM_DIR SUBMISSIONS_DIR}: judges every student's submission (a file or a folder
 * each) on all tests, spread over the pool in parallel with a progress bar, and writes a CSV and an HTML
 * report. Exits 0 when every submission was judged (whatever the verdicts), 1 when some could not be.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade a folder of submissions (a file or a folder per student); write CSV and HTML reports.")
final class GradeCommand extends PoolCommand {

    @Parameters(index = "0", paramLabel = "PROBLEM_DIR", description = "a Kattis problem package folder")
    Path problemDir;

    @Parameters(index = "1", paramLabel = "SUBMISSIONS_DIR", description = "a file or a folder per student")
    Path submissionsDir;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "where to write the reports (default: .)")
    Path outDir = Path.of(".");

    @Option(names = {"-j", "--parallel"}, paramLabel = "N",
            description = "submissions judged at once (default: the slots of the nodes that are up, 2 to 64)")
    Integer parallel;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        ProblemPackage problem = ProblemPackages.load(problemDir);
        if (!Files.isDirectory(submissionsDir)) {
            throw new UsageException(submissionsDir + ": not a folder");
        }
        List<GradeRow> rows;
        try (Pool pool = main.openPool()) {
            pool.requireNodeUp();
            List<Submission> submissions = SubmissionScanner.scan(submissionsDir, Languages.offeredBy(pool.nodes()));
            if (submissions.isEmpty()) {
                throw new UsageException(submissionsDir + ": no submissions (a source file or a folder per student)");
            }
            int workers = parallel != null ? parallel : defaultParallelism(pool.nodes());
            err.println("Grading " + submissions.size() + " submissions for " + problem.name() + " on "
                    + pool.nodes().size() + " node(s), " + workers + " at a time");
            rows = new Grader(pool, workers).grade(problem, submissions,
                    new ProgressBar(err, System.console() != null, "graded"));
        }
        Files.createDirectories(outDir);
        Path csv = outDir.resolve(problem.id() + "-grades.csv");
        Path html = outDir.resolve(problem.id() + "-grades.html");
        CsvReport.write(csv, rows);
        HtmlReport.write(html, problem, rows, ZonedDateTime.now());
        Map<String, Integer> byVerdict = new TreeMap<>();
        rows.forEach(row -> byVerdict.merge(row.verdict(), 1, Integer::sum));
        TextTable table = new TextTable("STUDENT", "VERDICT", "TESTS", "MAX TIME", "NOTE").alignRight(2).alignRight(3);
        for (GradeRow row : rows) {
            table.add(row.student(), row.verdict(), row.judged() ? row.testsPassed() + "/" + row.testsTotal() : "",
                    row.judged() ? row.maxTimeMs() + " ms" : "", row.error());
        }
        table.print(out);
        out.println("Summary: " + byVerdict);
        out.println("Wrote " + csv + " and " + html);
        out.flush();
        return rows.stream().allMatch(GradeRow::judged) ? LabJudgeMain.EXIT_OK : LabJudgeMain.EXIT_REJECTED;
    }

    private static int defaultParallelism(List<NodeStatus> nodes) {
        int slots = nodes.stream().filter(n -> n.state() == NodeState.UP).mapToInt(NodeStatus::slots).sum();
        return Math.max(2, Math.min(64, slots));
    }
}
