package org.labjudge.node.api.jobe;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Jobe's file cache ({@code PUT/HEAD /files/{id}}): files a client uploads once and names in
 * later runs' {@code file_list}. One per node, in memory, bounded in bytes: past the bound the
 * least recently used files are dropped, which Jobe's API allows (a cache, not a store: a run
 * naming a dropped file gets 404 and the client uploads it again).
 */
public final class JobeFileCache {
    /** The bound unless one is given: room for a course's test data, small beside a node's heap. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> files = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public JobeFileCache(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Keeps a file under an id, replacing one of the same id, and drops the least recently used
     * others while the cache holds more than its bound.
     *
     * @throws IllegalArgumentException when the file alone is larger than the bound
     */
    public synchronized void put(String id, byte[] content) {
        if (content.length > maxBytes) {
            throw new IllegalArgumentException("file " + id + " has " + content.length
                    + " bytes; this server's file cache holds at most " + maxBytes);
        }
        byte[] old = files.put(id, content.clone());
        bytes += content.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<String, byte[]>> eldest = files.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, byte[]> entry = eldest.next();
            if (!entry.getKey().equals(id)) {
                bytes -= entry.getValue().length;
                eldest.remove();
            }
        }
    }

    /** The file's content, which counts as a use. */
    public synchronized Optional<byte[]> get(String id) {
        byte[] content = files.get(id);
        return content == null ? Optional.empty() : Optional.of(content.clone());
    }

    public synchronized boolean contains(String id) {
        return files.containsKey(id);
    }

    /** Bytes held now. */
    public synchronized long size() {
        return bytes;
    }
}
