package org.labjudge.node.blob;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Blobs held for one request: not evicted until {@link #close()}. */
public final class BlobLease implements AutoCloseable {
    private final BlobStore store;
    private final List<String> hashes;
    private boolean closed;

    BlobLease(BlobStore store, List<String> hashes) {
        this.store = store;
        this.hashes = hashes;
    }

    /** A held blob as text (test data and validator files travel as UTF-8 text on the wire). */
    public String text(String hash) {
        if (!hashes.contains(hash)) {
            throw new IllegalArgumentException("blob " + hash + " is not held by this lease");
        }
        return new String(store.read(hash), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            store.release(hashes);
        }
    }
}
