package org.labjudge.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.labjudge.app.grade.GradeRow.Arrival;
import org.labjudge.app.grade.GradeRow;
import org.labjudge.app.grade.Grader;
import org.labjudge.app.grade.GroupWeights;
import org.labjudge.app.grade.Judgement;
import org.labjudge.app.grade.RowMaker;
import org.labjudge.app.language.Languages;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolException;
import org.labjudge.app.submission.Submission;
import org.labjudge.app.ui.problem.BundledProblems;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code labjudge demo}: what the editor does without a display. Judges every reference solution of the
 * bundled problems ({@code examples/solutions/<problem>/}, else the package's own {@code submissions/accepted/},
 * the Kattis convention) on the pool with the grader, one table row per solution; exits 0 when all are accepted.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Judge the bundled problems' reference solutions on the pool and print every verdict.")
final class DemoCommand extends PoolCommand {

    private static final Duration WAIT_FOR_NODE = Duration.ofSeconds(60);

    @Option(names = "--problems", paramLabel = "DIR", description = "a folder of problem packages"
            + " (default: the bundled examples/problems)")
    Path problemsDir;

    @Option(names = "--solutions", paramLabel = "DIR", description = "reference solutions, a folder per problem"
            + " (default: examples/solutions beside the problems)")
    Path solutionsDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        Path problemsAt = problemsDir != null ? problemsDir : BundledProblems.locate().orElseThrow(() ->
                new UsageException("cannot find examples/problems; pass --problems DIR or set LABJUDGE_EXAMPLES"));
        Path solutionsAt = solutionsDir != null ? solutionsDir : BundledProblems.solutionsFor(problemsAt);
        List<ProblemPackage> problems = ProblemPackages.loadSet(problemsAt);
        out.println("LabJudge demo: judging the reference solutions of " + problems.size() + " problem(s) from "
                + problemsAt);
        TextTable table = new TextTable("PROBLEM", "SOLUTION", "VERDICT", "TESTS", "NODE", "MAX TIME")
                .alignRight(3).alignRight(5);
        int judged = 0;
        boolean allAccepted = true;
        try (Pool pool = main.openPool()) {
            awaitNode(pool);
            Languages languages = Languages.offeredBy(pool.nodes());
            Grader grader = new Grader(pool, 2);
            for (ProblemPackage problem : problems) {
                List<Submission> solutions = solutions(referenceSolutions(solutionsAt, problem), languages);
                RowMaker rows = new RowMaker(problem, GroupWeights.EQUAL);
                for (Judgement judgement : grader.judge(problem, solutions, (done, total) -> { })) {
                    GradeRow row = judgement.judged()
                            ? rows.judged(judgement.submission(), Arrival.ON_TIME, judgement.result(), false)
                            : rows.notJudged(judgement.submission(), Arrival.ON_TIME, judgement.error());
                    table.add(problem.id(), row.file(), row.judged() ? row.verdict() : "not judged: " + row.error(),
                            row.judged() ? row.testsPassed() + "/" + row.testsTotal() : "", row.node(),
                            row.judged() ? row.maxTimeMs() + " ms" : "");
                    allAccepted &= row.accepted();
                    judged++;
                }
            }
        }
        if (judged == 0) {
            out.println("no reference solutions found under " + solutionsAt);
            return LabJudgeMain.EXIT_REJECTED;
        }
        table.print(out);
        out.println(allAccepted ? "all " + judged + " solutions ACCEPTED" : "some solutions were not accepted");
        out.flush();
        return allAccepted ? LabJudgeMain.EXIT_OK : LabJudgeMain.EXIT_REJECTED;
    }

    /** {@code solutionsDir/<problem>} when there is one, else the package's accepted submissions. */
    private static Path referenceSolutions(Path solutionsDir, ProblemPackage problem) {
        Path own = solutionsDir.resolve(problem.id());
        return Files.isDirectory(own) || problem.directory() == null ? own
                : problem.directory().resolve("submissions").resolve("accepted");
    }

    /** Each file of {@code dir} in a language the pool offers, as a submission named after the file. */
    private static List<Submission> solutions(Path dir, Languages languages) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Submission> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                var language = languages.forFile(file);
                if (language.isPresent()) {
                    found.add(new Submission(file.getFileName().toString(), file, language.get().id(),
                            Files.readString(file, StandardCharsets.UTF_8), List.of(), null));
                }
            }
        }
        return found;
    }

    /** The demo starts beside a node that may still be starting: give it a minute. */
    private static void awaitNode(Pool pool) throws InterruptedException, PoolException {
        Instant deadline = Instant.now().plus(WAIT_FOR_NODE);
        while (pool.nodes().stream().noneMatch(n -> n.state() == NodeState.UP)) {
            if (Instant.now().isAfter(deadline)) {
                StringBuilder nodes = new StringBuilder();
                for (NodeStatus n : pool.nodes()) {
                    nodes.append("; ").append(n.name()).append(' ').append(n.url()).append(": ").append(n.state())
                            .append(n.lastError() == null ? "" : " (" + n.lastError() + ")");
                }
                pool.requireNodeUp();
                throw new PoolException("no LabJudge node became reachable within " + WAIT_FOR_NODE.toSeconds()
                        + " s" + nodes);
            }
            Thread.sleep(200);
        }
    }
}
