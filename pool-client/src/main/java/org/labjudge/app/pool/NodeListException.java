package org.labjudge.app.pool;

/**
 * A node list that cannot be used: unreadable, not JSON, or with a bad field. The message names the
 * file, the field and the problem, e.g. {@code "nodes.json: nodes[2].url: not an http(s) URL: 'ftp://x'"},
 * so a lab admin can fix it without reading code.
 */
public final class NodeListException extends PoolException {
    private static final long serialVersionUID = 1L;

    public NodeListException(String message) {
        super(message);
    }

    public NodeListException(String message, Throwable cause) {
        super(message, cause);
    }
}
