package org.labjudge.node.api.piston;

/** A request Piston's API refuses: answered with {@code status} and {@code {"message": ...}}, as Piston does. */
final class PistonError extends RuntimeException {
    private final int status;
    private final int retryAfterSeconds;

    PistonError(int status, String message) {
        this(status, message, 0);
    }

    PistonError(int status, String message, int retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int status() {
        return status;
    }

    /** Seconds for a {@code Retry-After} header, 0 for none. */
    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
