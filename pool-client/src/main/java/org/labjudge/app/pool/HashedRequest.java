package org.labjudge.app.pool;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labjudge.protocol.BlobHash;
import org.labjudge.protocol.BlobReferences;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.ValidatorSpec;

/**
 * A run request with its test data and validator files by hash, and the bytes of those blobs: what a client that
 * holds a problem's data sends ({@link Pool#run(RunRequest, Map)}), so a node receives each blob once, not once per
 * request. Every test's non-empty input and given expected output, and every validator file, goes by hash; the
 * source, the request's own files and empty inputs stay inline.
 */
public record HashedRequest(RunRequest request, Map<String, byte[]> blobs) {

    public HashedRequest {
        blobs = Map.copyOf(blobs);
    }

    /** {@code inline} with its blobs by hash. */
    public static HashedRequest of(RunRequest inline) {
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        RunRequest request = inline.withTests(testsByHash(inline.tests(), blobs));
        if (inline.validator() != null) {
            request = request.withValidator(validatorByHash(inline.validator(), blobs));
        }
        return new HashedRequest(request, blobs);
    }

    /** {@code tests} with their non-empty inputs and given expected outputs by hash, the bytes put in {@code blobs}. */
    public static List<TestCase> testsByHash(List<TestCase> tests, Map<String, byte[]> blobs) {
        return tests.stream().map(t -> t.byHash(t.input().isEmpty() ? null : add(blobs, t.input()),
                t.expected() == null ? null : add(blobs, t.expected()))).toList();
    }

    /** {@code validator} with its files by hash, the bytes put in {@code blobs}. */
    public static ValidatorSpec validatorByHash(ValidatorSpec validator, Map<String, byte[]> blobs) {
        return validator.withFiles(validator.files().stream()
                .map(f -> f.hash() != null ? f : f.byHash(add(blobs, f.content()))).toList());
    }

    /** This request with the text of every blob this client holds in place of its hash (for a node without a store). */
    public RunRequest inline() {
        return BlobReferences.inline(request, hash -> new String(blobs.get(hash), StandardCharsets.UTF_8));
    }

    /** Whether this client holds every blob the request references. */
    public boolean holdsAll() {
        return blobs.keySet().containsAll(BlobReferences.of(request));
    }

    private static String add(Map<String, byte[]> blobs, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String hash = BlobHash.of(bytes);
        blobs.putIfAbsent(hash, bytes);
        return hash;
    }

    /** The blobs' bytes in all. */
    public long blobBytes() {
        return blobs.values().stream().mapToLong(b -> b.length).sum();
    }

}
