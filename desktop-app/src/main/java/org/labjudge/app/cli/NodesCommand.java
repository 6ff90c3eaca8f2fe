package org.labjudge.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.StoreReport;
import org.labjudge.app.publish.PublishedProblem;
import org.labjudge.app.publish.PublishedProblems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code labjudge nodes}: each node's status as this client sees it, for a lab admin checking the pool. */
@Command(name = "nodes", mixinStandardHelpOptions = true,
        description = "Show each node: name, url, status, latency, busy/slots, languages; its blob store and the"
                + " published problems it holds in full.")
final class NodesCommand extends PoolCommand {

    @Option(names = "--published", paramLabel = "DIR",
            description = "the problems published from here (default: the data folder's published/)")
    Path published;

    @Override
    public Integer call() throws Exception {
        try (Pool pool = main.openPool()) {
            var out = out();
            out.println("Node list: " + pool.nodeListSource());
            if (pool.nodes().isEmpty()) {
                out.println("No nodes.");
                return LabJudgeMain.EXIT_POOL;
            }
            TextTable table = new TextTable("NAME", "URL", "STATUS", "LATENCY", "BUSY/SLOTS", "LANGUAGES")
                    .alignRight(3).alignRight(4);
            boolean anyUp = false;
            for (NodeStatus node : pool.nodes()) {
                anyUp |= node.state() == NodeState.UP;
                String status = node.state() == NodeState.UP || node.lastError() == null ? node.state().name()
                        : node.state() + " (" + node.lastError() + ")";
                table.add(node.name(), node.url(), status, node.latencyMs() < 0 ? "-" : node.latencyMs() + " ms",
                        node.state() == NodeState.UP ? node.busy() + "/" + node.slots() : "-",
                        String.join(",", node.languages()));
            }
            table.print(out);
            printStores(out, pool);
            return anyUp ? LabJudgeMain.EXIT_OK : LabJudgeMain.EXIT_POOL;
        }
    }

    /** Each node's blob store, and which of the problems published from here it holds in full. */
    private void printStores(PrintWriter out, Pool pool) {
        List<PublishedProblem> problems = (published == null ? PublishedProblems.atDefaultLocation()
                : new PublishedProblems(published)).all();
        Set<String> hashes = new LinkedHashSet<>();
        problems.forEach(p -> hashes.addAll(p.hashes()));
        TextTable table = new TextTable("NAME", "BLOBS", "BYTES", "PUBLISHED PROBLEMS HELD IN FULL")
                .alignRight(1).alignRight(2);
        for (StoreReport report : pool.inspectStores(hashes)) {
            if (!report.ok()) {
                table.add(report.node(), "-", "-", "(" + report.error() + ")");
                continue;
            }
            Set<String> missing = new HashSet<>(report.missing());
            List<String> complete = new ArrayList<>();
            List<String> partial = new ArrayList<>();
            for (PublishedProblem problem : problems) {
                long lacks = problem.hashes().stream().filter(missing::contains).count();
                if (lacks == 0) {
                    complete.add(problem.id());
                } else {
                    partial.add(problem.id() + " lacks " + lacks);
                }
            }
            String held = problems.isEmpty() ? "-" : (complete.isEmpty() ? "none" : String.join(",", complete))
                    + (partial.isEmpty() ? "" : " (" + String.join(", ", partial) + ")");
            table.add(report.node(), String.valueOf(report.info().blobs()), String.valueOf(report.info().bytes()), held);
        }
        out.println();
        table.print(out);
    }
}
