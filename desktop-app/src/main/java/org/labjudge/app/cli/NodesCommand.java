package org.labjudge.app.cli;

import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.Pool;
import picocli.CommandLine.Command;

/** {@code labjudge nodes}: each node's status as this client sees it, for a lab admin checking the pool. */
@Command(name = "nodes", mixinStandardHelpOptions = true,
        description = "Show each node: name, url, status, latency, busy/slots, languages.")
final class NodesCommand extends PoolCommand {

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
            return anyUp ? LabJudgeMain.EXIT_OK : LabJudgeMain.EXIT_POOL;
        }
    }
}
