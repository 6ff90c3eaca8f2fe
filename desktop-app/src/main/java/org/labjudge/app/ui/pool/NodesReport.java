package org.labjudge.app.ui.pool;

import java.util.List;
import org.labjudge.app.pool.NodeStatus;

/**
 * What the Nodes view shows: the nodes' statuses, or why there is no pool ({@code problem}, then no statuses),
 * or, before either is known, that the app is still connecting.
 */
public record NodesReport(List<NodeStatus> statuses, String problem, boolean connecting) {

    public NodesReport {
        statuses = List.copyOf(statuses);
    }

    public static NodesReport stillConnecting() {
        return new NodesReport(List.of(), null, true);
    }

    public static NodesReport of(List<NodeStatus> statuses) {
        return new NodesReport(statuses, null, false);
    }

    public static NodesReport failed(String problem) {
        return new NodesReport(List.of(), problem, false);
    }
}
