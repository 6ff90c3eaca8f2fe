package org.labjudge.node.sandbox;

/** The sandbox could not do what was asked: it is broken and must be thrown away. */
public class SandboxException extends RuntimeException {
    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
