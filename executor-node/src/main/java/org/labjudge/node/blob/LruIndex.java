package org.labjudge.node.blob;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounting of a bounded store: which entries it holds, their sizes, which were used least recently and which
 * are in use now (pinned). Adding past the bound evicts the least recently used entries that are not pinned; a pinned
 * entry is never evicted, so the store may stay over its bound until it is unpinned. No I/O and no locking: the
 * {@link BlobStore} calls it under its own lock and removes the files of what it evicts.
 */
final class LruIndex {
    private final long maxBytes;
    /** Least recently used first. */
    private final LinkedHashMap<String, Long> sizes = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Integer> pins = new HashMap<>();
    private long bytes;

    LruIndex(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Whether an entry of {@code size} bytes can ever fit. */
    boolean fits(long size) {
        return size <= maxBytes;
    }

    /**
     * Adds an entry (or marks an existing one used) and evicts what the bound asks, least recently used first, never
     * {@code key} itself nor a pinned entry.
     *
     * @return the keys evicted, in eviction order
     */
    List<String> add(String key, long size) {
        Long old = sizes.put(key, size);
        bytes += size - (old == null ? 0 : old);
        return evictBeyondBound(key);
    }

    /** Marks {@code key} used now; whether it is held. */
    boolean touch(String key) {
        return sizes.get(key) != null; // an access-ordered map's get moves it to the end
    }

    boolean contains(String key) {
        return sizes.containsKey(key);
    }

    /** Pins {@code key} (held or not: it is pinned as soon as it is added); each pin needs its own {@link #unpin}. */
    void pin(String key) {
        pins.merge(key, 1, Integer::sum);
    }

    /**
     * Removes one pin of {@code key}; once the last entry's pin is gone, what the bound asks is evicted.
     *
     * @return the keys evicted
     */
    List<String> unpin(String key) {
        pins.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
        return evictBeyondBound(null);
    }

    /** Removes {@code key} whatever its pins (its file turned out to be gone or damaged). */
    void remove(String key) {
        Long size = sizes.remove(key);
        if (size != null) {
            bytes -= size;
        }
    }

    long bytes() {
        return bytes;
    }

    int count() {
        return sizes.size();
    }

    long maxBytes() {
        return maxBytes;
    }

    private List<String> evictBeyondBound(String keep) {
        List<String> evicted = new ArrayList<>();
        Iterator<Map.Entry<String, Long>> oldestFirst = sizes.entrySet().iterator();
        while (bytes > maxBytes && oldestFirst.hasNext()) {
            Map.Entry<String, Long> entry = oldestFirst.next();
            if (entry.getKey().equals(keep) || pins.containsKey(entry.getKey())) {
                continue;
            }
            bytes -= entry.getValue();
            evicted.add(entry.getKey());
            oldestFirst.remove();
        }
        return evicted;
    }
}
