package org.labjudge.node.blob;

/** An upload the store does not take: bytes that do not hash to their name, or a blob larger than the whole store. */
public final class BlobRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BlobRefusedException(String message) {
        super(message, null, false, false);
    }
}
