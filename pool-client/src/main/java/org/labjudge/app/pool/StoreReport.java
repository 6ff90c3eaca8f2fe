package org.labjudge.app.pool;

import java.util.List;
import org.labjudge.protocol.BlobStoreInfo;

/**
 * One node's blob store as a command reports it: what it holds ({@code info}), what an upload sent there
 * ({@code uploaded} blobs, {@code uploadedBytes}), which of the blobs asked about it lacks ({@code missing}); or why
 * it could not be asked ({@code error}, then the rest is empty).
 */
public record StoreReport(String node, BlobStoreInfo info, int uploaded, long uploadedBytes, List<String> missing,
                          String error) {
    public StoreReport {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    static StoreReport failed(String node, String error) {
        return new StoreReport(node, null, 0, 0, List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }
}
