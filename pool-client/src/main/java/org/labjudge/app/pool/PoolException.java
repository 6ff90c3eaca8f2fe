package org.labjudge.app.pool;

/**
 * A run the pool could not place on any node (all down, all full, deadline passed), or a pool that
 * could not start. The message is written for a student, e.g.
 * {@code "No LabJudge node is reachable (3 listed in /etc/labjudge/nodes.json)"}.
 */
public class PoolException extends Exception {
    private static final long serialVersionUID = 1L;

    public PoolException(String message) {
        super(message);
    }

    public PoolException(String message, Throwable cause) {
        super(message, cause);
    }
}
