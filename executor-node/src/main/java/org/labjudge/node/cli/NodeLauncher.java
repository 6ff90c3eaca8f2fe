package org.labjudge.node.cli;

import org.labjudge.node.config.NodeConfig;

/**
 * The composition root's seam: turns a validated configuration into a running node (sandbox
 * engine, worker, HTTP API), so {@code serve} knows nothing of how the node is wired and tests
 * can run it with a fake.
 */
@FunctionalInterface
public interface NodeLauncher {

    /**
     * Starts a node and returns once its API is listening.
     *
     * @param config the node's configuration (checked when it was built)
     * @throws RuntimeException when the node cannot start; its message is shown to the admin on one line
     */
    RunningNode launch(NodeConfig config);
}
