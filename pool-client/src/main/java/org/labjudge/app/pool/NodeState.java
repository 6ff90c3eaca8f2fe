package org.labjudge.app.pool;

/** Whether a node is usable, as last seen by this client's health polling. */
public enum NodeState {
    /** The last poll of {@code /api/v1/info} succeeded. */
    UP,
    /** The last poll (or a run) failed; the node is left out and probed again with backoff. */
    DOWN,
    /** Not polled yet. */
    UNKNOWN
}
