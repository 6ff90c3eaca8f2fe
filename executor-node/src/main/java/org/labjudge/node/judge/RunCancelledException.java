package org.labjudge.node.judge;

/**
 * The run was cancelled before it finished ({@link Cancellation}): its client went away, so there is no one to
 * answer; the front-end counts it and writes nothing.
 */
public class RunCancelledException extends RuntimeException {

    public RunCancelledException(String message) {
        super(message);
    }
}
