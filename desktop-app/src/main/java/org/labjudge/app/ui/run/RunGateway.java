package org.labjudge.app.ui.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/**
 * The window's only way to run code: the pool in the app, a stub in unit tests. Thread-safe; results arrive on
 * a background thread.
 */
public interface RunGateway extends AutoCloseable {

    /**
     * Starts {@code request} on some node. The future fails with a
     * {@link org.labjudge.app.pool.PoolException} whose message is meant for the student;
     * {@code cancel(true)} abandons the run.
     */
    CompletableFuture<RunResult> submit(RunRequest request);

    /** Every known node's status, in node-list order. */
    List<NodeStatus> nodes();

    /** Calls {@code listener} (on any thread) whenever a node's status changes. */
    void addListener(Consumer<List<NodeStatus>> listener);

    @Override
    void close();
}
