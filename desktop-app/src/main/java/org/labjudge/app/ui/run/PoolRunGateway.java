package org.labjudge.app.ui.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.pool.PoolException;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/** A {@link RunGateway} over the lab's {@link Pool}: balancing, failover and the embedded local node included. */
public final class PoolRunGateway implements RunGateway {

    private final Pool pool;

    public PoolRunGateway(Pool pool) {
        this.pool = pool;
    }

    /** Starts a pool on {@code nodeList} ({@code null}: the standard lookup, or an embedded local node). */
    public static PoolRunGateway open(String nodeList) throws PoolException {
        return new PoolRunGateway(Pool.start(PoolConfig.defaults().withNodeList(nodeList)));
    }

    @Override
    public CompletableFuture<RunResult> submit(RunRequest request) {
        return pool.submit(request);
    }

    @Override
    public List<NodeStatus> nodes() {
        return pool.nodes();
    }

    @Override
    public void addListener(Consumer<List<NodeStatus>> listener) {
        pool.addListener(listener);
    }

    @Override
    public void close() {
        pool.close();
    }
}
