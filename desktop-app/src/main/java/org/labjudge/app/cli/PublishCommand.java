package org.labjudge.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.StoreReport;
import org.labjudge.app.publish.PublishedProblem;
import org.labjudge.app.publish.PublishedProblems;
import org.labjudge.app.publish.StudentCopy;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labjudge publish PROBLEM_DIR --nodes NODES_JSON [--out DIR]}: puts a package's secret tests and validator
 * into every node's blob store (only what each lacks) and writes the student copy, which judges in full by hash
 * without the secret data. Exits 0 only when every listed node holds all of it.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Upload a package's secret data and validator to every node and write the student copy.")
final class PublishCommand extends PoolCommand {

    @Parameters(index = "0", paramLabel = "PROBLEM_DIR", description = "a Kattis problem package folder")
    Path problemDir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "where the student copy goes (default: <problem id>-student in the current folder)")
    Path out;

    @Option(names = "--published", paramLabel = "DIR",
            description = "where published problems are remembered for labjudge nodes (default: the data folder's published/)")
    Path published;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        ProblemPackage problem = ProblemPackages.load(problemDir);
        PublishedProblem.Publication publication = PublishedProblem.of(problem);
        long bytes = publication.blobs().values().stream().mapToLong(b -> b.length).sum();
        out.println(problem.name() + " (" + problem.id() + "): " + problem.secretTests().size() + " secret tests"
                + (problem.validator() == null ? "" : " and a validator") + ", " + publication.blobs().size()
                + " blobs, " + bytes + " bytes");
        List<StoreReport> reports;
        try (Pool pool = main.openPool()) {
            reports = pool.uploadToEveryNode(publication.blobs());
        }
        TextTable table = new TextTable("NODE", "UPLOADED", "BYTES", "STORE").alignRight(1).alignRight(2);
        boolean all = !reports.isEmpty();
        for (StoreReport report : reports) {
            all &= report.ok();
            table.add(report.node(), report.ok() ? String.valueOf(report.uploaded()) : "-",
                    report.ok() ? String.valueOf(report.uploadedBytes()) : "-",
                    report.ok() ? report.info().blobs() + " blobs, " + report.info().bytes() + " bytes"
                            : "FAILED: " + report.error());
        }
        table.print(out);
        Path copy = this.out != null ? this.out : Path.of(problem.id() + "-student");
        new StudentCopy().write(publication.problem(), problemDir, copy);
        (published == null ? PublishedProblems.atDefaultLocation() : new PublishedProblems(published))
                .remember(publication.problem());
        out.println("Student copy: " + copy.toAbsolutePath().normalize() + " (no secret data; judged by hash on the nodes)");
        if (!all) {
            err().println("labjudge: not every node holds the problem; publish again once they are up");
        }
        out.flush();
        return all ? LabJudgeMain.EXIT_OK : LabJudgeMain.EXIT_POOL;
    }

}
