package org.labjudge.node.language;

/** A program of several files whose main file its language's rule cannot tell; the message names the candidates. */
public final class EntryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EntryException(String message) {
        super(message);
    }
}
