package org.labjudge.app.pool;

import java.net.URI;
import java.util.Optional;

/**
 * Starts an executor node on this machine when no node list exists, so a single user works out of the
 * box. The application hands one to {@link Pool#start(PoolConfig, LocalNodeStarter)}, so the pool client never
 * depends on how a node is started. An implementation returns empty when it cannot (no Docker engine, no node jar); the pool then reports
 * "no node configured" instead.
 */
public interface LocalNodeStarter {

    /** Starts a node bound to loopback, or returns empty when this machine cannot run one. */
    Optional<LocalNode> start() throws Exception;

    /** A running local node; closing it stops the node. */
    interface LocalNode extends AutoCloseable {
        /** The node's base URL, e.g. {@code http://127.0.0.1:41234}. */
        URI url();

        @Override
        void close();
    }
}
