package org.labjudge.node.cli;

/** A node started by a {@link NodeLauncher}, as {@code serve} sees it: a port, a wait and a stop. */
public interface RunningNode {

    /** The HTTP port actually bound (the ephemeral one when the configured port is 0). */
    int port();

    /** Blocks until the node has stopped: after {@link #shutdown()}, or when it failed on its own. */
    void awaitShutdown() throws InterruptedException;

    /**
     * Stops taking work, lets running requests finish for up to the configured drain time, then
     * releases everything. Blocks until done; idempotent; called from a JVM shutdown hook on SIGTERM
     * (and once more when the JVM exits normally), so it must not call {@code System.exit}.
     */
    void shutdown();
}
