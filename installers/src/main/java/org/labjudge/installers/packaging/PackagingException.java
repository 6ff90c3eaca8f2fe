package org.labjudge.installers.packaging;

/** A package could not be built; the message says which step failed and why. */
public final class PackagingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PackagingException(String message) {
        super(message);
    }

    public PackagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
