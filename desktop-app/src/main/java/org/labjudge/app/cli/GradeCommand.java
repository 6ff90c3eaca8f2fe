package org.labjudge.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.labjudge.app.grade.Arrivals;
import org.labjudge.app.grade.CsvReport;
import org.labjudge.app.grade.GradeReport;
import org.labjudge.app.grade.GradeRow;
import org.labjudge.app.grade.Grader;
import org.labjudge.app.grade.GroupWeights;
import org.labjudge.app.grade.HtmlReport;
import org.labjudge.app.grade.Judgement;
import org.labjudge.app.grade.MoodleCsv;
import org.labjudge.app.grade.ResultCache;
import org.labjudge.app.grade.RowMaker;
import org.labjudge.app.grade.Scores;
import org.labjudge.app.grade.SimilarPair;
import org.labjudge.app.grade.SimilarityCheck;
import org.labjudge.app.grade.SimilarityReport;
import org.labjudge.app.language.Languages;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.publish.StudentCopy;
import org.labjudge.app.submission.Submission;
import org.labjudge.app.submission.SubmissionScanner;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.TestCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labjudge grade PROBLEM_DIR SUBMISSIONS_DIR}: judges every student's submission (a file or a folder
 * each) on all tests, spread over the pool's slots (two runs in flight per slot) with a progress bar, reusing the results of earlier grades
 * of the same code and problem; scores them, checks same-language pairs for similarity, and writes the CSV, the
 * Moodle gradebook CSV and the HTML report (by default under {@code ~/labjudge-grades/<problem>}, never the
 * current folder), saying where. Exits 0 when every submission was judged (whatever the verdicts), 1 when some
 * could not be.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade a folder of submissions (a file or a folder per student): scores, similarity,"
                + " CSV, Moodle CSV and HTML reports.")
final class GradeCommand extends PoolCommand {

    @Parameters(index = "0", paramLabel = "PROBLEM_DIR", description = "a Kattis problem package folder")
    Path problemDir;

    @Parameters(index = "1", paramLabel = "SUBMISSIONS_DIR", description = "a file or a folder per student")
    Path submissionsDir;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "where to write the reports (default: ~/labjudge-grades/<problem id>)")
    Path outDir;

    @Option(names = {"-j", "--parallel"}, paramLabel = "N",
            description = "submissions judged at once (default: twice the slots of the nodes that are up, 2 to 256)")
    Integer parallel;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "results of earlier grades (default: $XDG_CACHE_HOME/labjudge/grades,"
                    + " else ~/.cache/labjudge/grades)")
    Path cacheDir;

    @Option(names = "--no-cache", description = "judge every submission again, and keep no results")
    boolean noCache;

    @Option(names = "--json", description = "print the whole report as JSON on standard output instead of the table")
    boolean json;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "weights of a pass/fail problem's test groups (default: PROBLEM_DIR.grading.yaml beside"
                    + " the package, else its testdata.yaml scores, else 1 per test)")
    Path weightsFile;

    @Option(names = "--template", paramLabel = "PATH",
            description = "code given to every student (a file or a folder), left out of the similarity check")
    Path template;

    @Option(names = "--similarity", paramLabel = "SHARE", defaultValue = "0.5",
            description = "report pairs at least this similar, 0 to 1 (default: ${DEFAULT-VALUE})")
    double similarity;

    @Option(names = "--no-similarity", description = "skip the similarity check")
    boolean noSimilarity;

    @Option(names = "--roster", paramLabel = "FILE",
            description = "the students expected, one a line: those without a submission are listed as MISSING")
    Path roster;

    @Option(names = "--due", paramLabel = "DATE_TIME",
            description = "the deadline (2026-12-01T23:59, local time, or with an offset): later files are LATE")
    String due;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        ProblemPackage problem = StudentCopy.load(problemDir);
        if (!Files.isDirectory(submissionsDir)) {
            throw new UsageException(submissionsDir + ": not a folder");
        }
        if (similarity < 0 || similarity > 1) {
            throw new UsageException("--similarity: expected a share from 0 to 1, got " + similarity);
        }
        GroupWeights weights = weightsFile != null ? GroupWeights.read(weightsFile) : GroupWeights.of(problemDir);
        Arrivals arrivals = new Arrivals(dueInstant(), roster == null ? List.of() : Arrivals.readRoster(roster));
        ResultCache cache = noCache ? ResultCache.none()
                : ResultCache.in(cacheDir != null ? cacheDir : ResultCache.defaultDir());
        List<Submission> submissions;
        List<Judgement> judgements;
        try (Pool pool = main.openPool()) {
            pool.requireNodeUp();
            submissions = SubmissionScanner.scan(submissionsDir, Languages.offeredBy(pool.nodes()));
            if (submissions.isEmpty() && arrivals.roster().isEmpty()) {
                throw new UsageException(submissionsDir + ": no submissions (a source file or a folder per student)");
            }
            int workers = parallel != null ? parallel : defaultParallelism(pool.nodes());
            err.println("Grading " + submissions.size() + " submissions for " + problem.name() + " on "
                    + pool.nodes().size() + " node(s), " + workers + " at a time");
            judgements = new Grader(pool, workers, cache).judge(problem, submissions,
                    new ProgressBar(err, System.console() != null, "graded"));
        }
        long reused = judgements.stream().filter(Judgement::cached).count();
        if (reused > 0) {
            err.println(reused + " of " + judgements.size() + " from earlier grades (" + cache.dir() + ")");
        }
        long testsRun = judgements.stream().mapToLong(Judgement::testsRun).sum();
        long tests = judgements.stream().filter(Judgement::judged).count() * problem.allTests().size();
        if (cache.dir() != null && testsRun < tests) {
            err.println(testsRun + " of " + tests + " tests judged now, the rest from earlier grades");
        }
        RowMaker maker = new RowMaker(problem, weights);
        List<GradeRow> rows = new ArrayList<>();
        for (Judgement j : judgements) {
            GradeRow.Arrival arrival = arrivals.of(j.submission());
            rows.add(j.judged() ? maker.judged(j.submission(), arrival, j.result(), j.cached())
                    : maker.notJudged(j.submission(), arrival, j.error()));
        }
        arrivals.missing(submissions).forEach(student -> rows.add(maker.missing(student)));
        rows.sort(Comparator.comparing(GradeRow::student));
        SimilarityReport similar = noSimilarity ? SimilarityReport.NOT_RUN : similarity(submissions);
        GradeReport report = new GradeReport(problem.id(), problem.name(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                problem.allTests().stream().map(TestCase::name).toList(), maker.maxScore(), weights.source(), rows,
                similar);

        Path dir = (outDir != null ? outDir : defaultOutDir(problem)).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Path csv = dir.resolve(problem.id() + "-grades.csv");
        Path moodle = dir.resolve(problem.id() + "-moodle.csv");
        Path html = dir.resolve(problem.id() + "-grades.html");
        CsvReport.write(csv, report);
        MoodleCsv.write(moodle, report);
        HtmlReport.write(html, report);
        PrintWriter where = json ? err : out;
        if (json) {
            ObjectMapper mapper = Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(Json.write(mapper, report));
        } else {
            print(out, report);
        }
        where.println("Wrote " + csv + ", " + moodle + " and " + html);
        where.flush();
        out.flush();
        return rows.stream().filter(r -> r.arrival() != GradeRow.Arrival.MISSING).allMatch(GradeRow::judged)
                ? LabJudgeMain.EXIT_OK : LabJudgeMain.EXIT_REJECTED;
    }

    /**
     * The similarity check, with the process's stderr muted meanwhile: JPlag's ANTLR parsers print every
     * syntax error of a student's file there ("line 66:0 mismatched input ..."), which is no message for the
     * teacher (the compile errors are in the report). This command's own streams were taken before.
     */
    private SimilarityReport similarity(List<Submission> submissions) throws java.io.IOException {
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            return new SimilarityCheck(similarity, template).check(submissions);
        } finally {
            System.setErr(stderr);
        }
    }

    private static void print(PrintWriter out, GradeReport report) {
        TextTable table = new TextTable("STUDENT", "VERDICT", "SCORE", "TESTS", "MAX TIME", "NOTE")
                .alignRight(2).alignRight(3).alignRight(4);
        for (GradeRow row : report.rows()) {
            String note = row.error() == null ? "" : row.errorHeadline();
            if (row.arrival() == GradeRow.Arrival.LATE) {
                note = note.isEmpty() ? "late" : "late; " + note;
            }
            table.add(row.student(), row.verdict(), row.judged() ? Scores.format(row.score()) : "",
                    row.judged() ? row.testsPassed() + "/" + row.testsTotal() : "",
                    row.judged() ? row.maxTimeMs() + " ms" : "", note);
        }
        table.print(out);
        out.println("Summary: " + report.verdictCounts() + ", most score " + Scores.format(report.maxScore()));
        SimilarityReport similar = report.similarity();
        for (SimilarPair pair : similar.pairs()) {
            out.println("Similar: " + pair.first() + " and " + pair.second() + " (" + pair.language() + "), "
                    + Math.round(pair.similarity() * 100) + "%");
        }
        similar.notes().forEach(note -> out.println("Similarity: " + note));
    }

    /** Outside any checkout: the home folder's {@code labjudge-grades/<problem id>}. */
    private static Path defaultOutDir(ProblemPackage problem) {
        return Path.of(System.getProperty("user.home"), "labjudge-grades", problem.id());
    }

    private Instant dueInstant() throws UsageException {
        if (due == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(due).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(due).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException again) {
                throw new UsageException("--due: expected a date and time like 2026-12-01T23:59, got '" + due + "'");
            }
        }
    }

    /**
     * Twice the slots of the nodes that are up: each node then has a run waiting when one ends, so no slot
     * idles while the client hears a result and sends the next (bin/grade-benchmark: 3.25 x the one-at-a-time
     * rate on 4 slots, against 2.54 x with as many runs as slots).
     */
    private static int defaultParallelism(List<NodeStatus> nodes) {
        int slots = nodes.stream().filter(n -> n.state() == NodeState.UP).mapToInt(NodeStatus::slots).sum();
        return Math.max(2, Math.min(256, 2 * slots));
    }
}
