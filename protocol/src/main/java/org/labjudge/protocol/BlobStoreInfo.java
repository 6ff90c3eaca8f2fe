package org.labjudge.protocol;

/**
 * {@code GET /api/v1/blobs}: what a node's blob store holds ({@code blobs}, {@code bytes}) and its bound
 * ({@code maxBytes}); past the bound the least recently used blobs are evicted.
 */
public record BlobStoreInfo(long blobs, long bytes, long maxBytes) {
}
