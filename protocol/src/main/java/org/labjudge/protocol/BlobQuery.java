package org.labjudge.protocol;

import java.util.List;

/**
 * {@code POST /api/v1/blobs/missing}: the blobs a client is about to reference ({@code hashes}, each a
 * {@link BlobHash}); the node answers the ones it does not hold, as {@link MissingBlobs}.
 */
public record BlobQuery(List<String> hashes) {
    public BlobQuery {
        hashes = Checks.list("hashes", hashes);
    }
}
