package org.labjudge.node.blob;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a node keeps its blob store and how large it may grow: the node config file's {@code blobStore} object,
 * whose field names these are. Defaults are {@code NodeConfig}'s.
 *
 * @param dir the folder of the store's files (one per blob, named by its SHA-256), kept across restarts
 * @param maxBytes the bound on the bytes held; past it the least recently used blobs not in use are evicted
 */
public record BlobStoreSettings(String dir, long maxBytes) {
    /** The default bound: room for a term's problems with their test data. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;

    /** @throws IllegalArgumentException naming every value the store cannot work with */
    public BlobStoreSettings {
        List<String> problems = new ArrayList<>();
        if (dir == null || dir.isBlank()) {
            problems.add("dir must name a folder");
        }
        if (maxBytes <= 0) {
            problems.add("maxBytes must be positive, got " + maxBytes);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** The default for the node {@code nodeId}: {@code ~/.labjudge/node-blobs/<nodeId>}, {@link #DEFAULT_MAX_BYTES}. */
    public static BlobStoreSettings defaultsFor(String nodeId) {
        String folder = nodeId == null || nodeId.isBlank() ? "node" : nodeId.replaceAll("[^A-Za-z0-9._-]", "_");
        return new BlobStoreSettings(Path.of(System.getProperty("user.home"), ".labjudge", "node-blobs", folder)
                .toString(), DEFAULT_MAX_BYTES);
    }

    /** Opens the store these settings describe. */
    public BlobStore open() {
        return BlobStore.open(Path.of(dir), maxBytes);
    }
}
