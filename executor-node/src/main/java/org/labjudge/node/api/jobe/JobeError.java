package org.labjudge.node.api.jobe;

/** A request Jobe's API refuses: answered with {@code status} and the message as a JSON string, as Jobe does. */
public final class JobeError extends RuntimeException {
    private final int status;

    JobeError(int status, String message) {
        super(message);
        this.status = status;
    }

    /** Jobe's answer to a run whose {@code file_list} names a file the server does not hold: the client uploads it again. */
    public static JobeError missingFile() {
        return new JobeError(404, "One or more of the specified files is missing/unavailable");
    }

    int status() {
        return status;
    }
}
