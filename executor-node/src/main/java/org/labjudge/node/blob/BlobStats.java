package org.labjudge.node.blob;

/**
 * A blob store's state and counters, for {@code GET /api/v1/blobs} and the metrics: what it holds, its bound, how
 * often a referenced blob was there ({@code hits}) or not ({@code misses}), how many were evicted and uploaded.
 */
public record BlobStats(long blobs, long bytes, long maxBytes, long hits, long misses, long evictions, long uploads) {
}
