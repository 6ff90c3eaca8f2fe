package org.labjudge.app.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.labjudge.app.language.Languages;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.PoolException;
import org.labjudge.app.ui.problem.BundledProblems;
import org.labjudge.app.ui.run.PoolRunGateway;
import org.labjudge.app.ui.run.RunGateway;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.problem.ProblemPackage;

/**
 * The app without a window, for machines with no display: judges every reference solution of the bundled
 * problems ({@code examples/solutions/<problem>/}, else the package's own {@code submissions/accepted/}, the
 * Kattis convention) on the pool, exactly as the Judge button would, and prints the verdicts. Exits 0 when
 * every solution is accepted.
 *
 * <pre>HeadlessDemo [--nodes PATH|URL] [--problems DIR] [--solutions DIR]</pre>
 */
public final class HeadlessDemo {

    private static final Duration WAIT_FOR_NODE = Duration.ofSeconds(60);
    private static final Duration PER_RUN = Duration.ofSeconds(120);

    private HeadlessDemo() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The demo; returns the exit status (0 all accepted, 1 some not, 2 could not run). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String nodes = null;
        Path problemsDir = null;
        Path solutionsDir = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--nodes" -> nodes = value;
                case "--problems" -> problemsDir = value == null ? null : Path.of(value);
                case "--solutions" -> solutionsDir = value == null ? null : Path.of(value);
                default -> {
                    err.println("headless demo: unknown argument " + args[i]
                            + "\nusage: HeadlessDemo [--nodes PATH|URL] [--problems DIR] [--solutions DIR]");
                    return 2;
                }
            }
            i++;
        }
        if (problemsDir == null) {
            Optional<Path> bundled = BundledProblems.locate();
            if (bundled.isEmpty()) {
                err.println("headless demo: cannot find examples/problems; pass --problems DIR or set LABJUDGE_EXAMPLES");
                return 2;
            }
            problemsDir = bundled.get();
        }
        if (solutionsDir == null) {
            solutionsDir = BundledProblems.solutionsFor(problemsDir);
        }
        List<ProblemPackage> problems;
        try {
            problems = ProblemLoader.load(problemsDir);
        } catch (Exception e) {
            err.println("headless demo: " + e.getMessage());
            return 2;
        }
        out.println("LabJudge headless demo: judging the reference solutions of " + problems.size()
                + " problem(s) from " + problemsDir);
        try (RunGateway gateway = PoolRunGateway.open(nodes)) {
            if (!awaitNode(gateway, WAIT_FOR_NODE)) {
                err.println("headless demo: no LabJudge node became reachable within " + WAIT_FOR_NODE.toSeconds()
                        + " s" + describeNodes(gateway));
                return 2;
            }
            return judgeAll(gateway, problems, solutionsDir, out) ? 0 : 1;
        } catch (PoolException e) {
            err.println("headless demo: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    /** Judges each problem's reference solutions and prints one line per solution; true when all are accepted. */
    static boolean judgeAll(RunGateway gateway, List<ProblemPackage> problems, Path solutionsDir, PrintStream out)
            throws InterruptedException {
        boolean allAccepted = true;
        int judged = 0;
        out.printf("%-16s %-11s %-22s %-7s %-12s %s%n", "problem", "language", "verdict", "tests", "node", "time");
        Languages languages = Languages.offeredBy(gateway.nodes());
        for (ProblemPackage problem : problems) {
            for (Path solution : solutions(referenceSolutions(solutionsDir, problem), languages)) {
                LanguageInfo language = languages.forFile(solution).orElseThrow();
                String verdict;
                String tests = "";
                String node = "";
                String time = "";
                try {
                    String source = Files.readString(solution, StandardCharsets.UTF_8);
                    RunResult result = gateway.submit(problem.judgeRequest(language.id(), source))
                            .get(PER_RUN.toSeconds(), TimeUnit.SECONDS);
                    verdict = result.verdict().name();
                    long passed = result.tests().stream().filter(TestResult::passed).count();
                    tests = passed + "/" + result.tests().size();
                    node = result.nodeId() == null ? "?" : result.nodeId();
                    time = result.totalMs() + " ms";
                    allAccepted &= result.verdict().passed();
                } catch (IOException e) {
                    verdict = "cannot read: " + e.getMessage();
                    allAccepted = false;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    verdict = "failed: " + cause.getMessage();
                    allAccepted = false;
                } catch (TimeoutException e) {
                    verdict = "no answer within " + PER_RUN.toSeconds() + " s";
                    allAccepted = false;
                }
                judged++;
                out.printf("%-16s %-11s %-22s %-7s %-12s %s%n", problem.id(), language.id(), verdict, tests, node, time);
            }
        }
        if (judged == 0) {
            out.println("no reference solutions found under " + solutionsDir);
            return false;
        }
        out.println(allAccepted ? "all " + judged + " solutions ACCEPTED" : "some solutions were not accepted");
        return allAccepted;
    }

    /** {@code solutionsDir/<problem>} when there is one, else the package's accepted submissions. */
    private static Path referenceSolutions(Path solutionsDir, ProblemPackage problem) {
        Path own = solutionsDir.resolve(problem.id());
        return Files.isDirectory(own) || problem.directory() == null ? own
                : problem.directory().resolve("submissions").resolve("accepted");
    }

    private static List<Path> solutions(Path dir, Languages languages) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = new ArrayList<>(files
                    .filter(f -> Files.isRegularFile(f) && languages.forFile(f).isPresent())
                    .sorted()
                    .toList());
            return found;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean awaitNode(RunGateway gateway, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (gateway.nodes().stream().anyMatch(n -> n.state() == NodeState.UP)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static String describeNodes(RunGateway gateway) {
        StringBuilder text = new StringBuilder();
        gateway.nodes().forEach(n -> text.append("\n  ").append(n.name()).append(" ").append(n.url()).append(": ")
                .append(n.state()).append(n.lastError() == null ? "" : " (" + n.lastError() + ")"));
        return text.toString();
    }
}
