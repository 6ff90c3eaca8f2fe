package org.labjudge.node.cli;

import org.labjudge.node.ExecutorNode;
import org.labjudge.node.config.NodeConfig;

/** The launcher {@code executor-node serve} uses: the node's composition root. */
public final class DefaultNodeLauncher implements NodeLauncher {

    @Override
    public RunningNode launch(NodeConfig config) {
        ExecutorNode node = ExecutorNode.start(config, NodeVersion.current());
        return new RunningNode() {
            @Override
            public int port() {
                return node.port();
            }

            @Override
            public void awaitShutdown() throws InterruptedException {
                node.awaitShutdown();
            }

            @Override
            public void shutdown() {
                node.shutdown();
            }
        };
    }
}
