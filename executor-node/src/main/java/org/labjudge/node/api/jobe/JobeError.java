package org.labjudge.node.api.jobe;

/** A request Jobe's API refuses: answered with {@code status} and the message as a JSON string, as Jobe does. */
final class JobeError extends RuntimeException {
    private final int status;

    JobeError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
