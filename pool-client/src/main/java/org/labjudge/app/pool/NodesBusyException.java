package org.labjudge.app.pool;

/**
 * A run the pool could not place because the nodes that could run it said they were busy (their slots taken and
 * the wait too long, or an older node's full queue), not because none is up or able to run: trying again later
 * helps. A gateway answers it as busy ({@code expected_wait}), not as unavailable.
 */
public final class NodesBusyException extends PoolException {
    private static final long serialVersionUID = 1L;

    public NodesBusyException(String message) {
        super(message);
    }
}
