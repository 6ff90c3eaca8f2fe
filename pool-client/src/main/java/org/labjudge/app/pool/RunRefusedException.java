package org.labjudge.app.pool;

/**
 * A node refused the run itself (400, 413, 422): the request is at fault, so no other node was asked. A
 * gateway answers its client with the same status.
 */
public final class RunRefusedException extends PoolException {

    private final int status;

    RunRefusedException(int status, String detail) {
        super("The node refused the run: " + detail);
        this.status = status;
    }

    /** The node's HTTP status. */
    public int status() {
        return status;
    }
}
