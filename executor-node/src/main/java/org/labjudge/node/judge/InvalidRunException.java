package org.labjudge.node.judge;

/** The request cannot be run as given: unknown language, bad file name, too large. */
public class InvalidRunException extends RuntimeException {
    public InvalidRunException(String message) {
        super(message);
    }
}
