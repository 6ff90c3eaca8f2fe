package org.labjudge.protocol;

import java.util.List;

/** The answer to a {@link BlobQuery}: the hashes asked about that the node's store does not hold, in the query's order. */
public record MissingBlobs(List<String> missing) {
    public MissingBlobs {
        missing = Checks.list("missing", missing);
    }
}
