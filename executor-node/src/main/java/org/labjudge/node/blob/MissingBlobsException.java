package org.labjudge.node.blob;

import java.util.List;

/** A run referenced blobs that this node's store does not hold; {@link #missing()} names them. */
public final class MissingBlobsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    MissingBlobsException(List<String> missing) {
        super("this node lacks " + missing.size() + " blob(s) the run references: " + String.join(", ", missing)
                + "; upload them (PUT /api/v1/blobs/{sha256}) or send the run to a node that holds them",
                null, false, false);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
