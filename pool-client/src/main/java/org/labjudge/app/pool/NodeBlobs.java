package org.labjudge.app.pool;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.labjudge.protocol.ApiPaths;
import org.labjudge.protocol.BlobQuery;
import org.labjudge.protocol.BlobStoreInfo;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.MissingBlobs;
import org.labjudge.protocol.ProblemDetail;

/**
 * One node's blob store as a client sees it (wire protocol v1, "Blobs"): which of some blobs it lacks, asked in one
 * query; uploading those; what it holds. Every call carries the node's bearer token; any answer but the expected one is
 * an {@link IOException} naming the node's problem detail.
 */
final class NodeBlobs {
    static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private final OkHttpClient client;
    private final ObjectMapper mapper = Json.newMapper();
    /** One upload to a node at a time: runs that start together would otherwise each send what the node lacks. */
    private final Map<String, Object> uploading = new java.util.concurrent.ConcurrentHashMap<>();

    NodeBlobs(OkHttpClient client) {
        this.client = client;
    }

    /** What an upload to one node did: how many of the blobs it lacked, and their bytes, were sent. */
    record Upload(int asked, int uploaded, long bytes) {
    }

    /** A node from before the blob store: it answers 404 on the store's paths. */
    static final class NoStoreException extends IOException {
        private static final long serialVersionUID = 1L;

        NoStoreException(String message) {
            super(message);
        }
    }

    /**
     * Those of {@code hashes} the node at {@code base} lacks.
     *
     * @throws NoStoreException when the node has no blob store
     */
    List<String> missing(String base, String token, Collection<String> hashes) throws IOException {
        RequestBody body = RequestBody.create(Json.write(mapper, new BlobQuery(List.copyOf(hashes))), NodeHttp.JSON);
        byte[] answer = call(NodeHttp.bearer(token, new Request.Builder().url(base + ApiPaths.BLOBS_MISSING).post(body)),
                200);
        return Json.read(mapper, answer, MissingBlobs.class).missing();
    }

    /**
     * Uploads those of {@code blobs} (by hash) that the node lacks: one query, then one upload per missing blob; while
     * one upload to a node goes on, another to it waits, then finds less missing.
     */
    Upload upload(String base, String token, Map<String, byte[]> blobs) throws IOException {
        synchronized (uploading.computeIfAbsent(base, b -> new Object())) {
            return uploadMissing(base, token, blobs);
        }
    }

    private Upload uploadMissing(String base, String token, Map<String, byte[]> blobs) throws IOException {
        List<String> missing = missing(base, token, blobs.keySet());
        long bytes = 0;
        for (String hash : missing) {
            byte[] content = blobs.get(hash);
            Request put = NodeHttp.bearer(token, new Request.Builder().url(base + ApiPaths.blob(hash))
                    .put(RequestBody.create(content, OCTET_STREAM)));
            call(put, 200, 201);
            bytes += content.length;
        }
        return new Upload(blobs.size(), missing.size(), bytes);
    }

    /** What the node's store holds. */
    BlobStoreInfo info(String base, String token) throws IOException {
        byte[] answer = call(NodeHttp.bearer(token, new Request.Builder().url(base + ApiPaths.BLOBS).get()), 200);
        return Json.read(mapper, answer, BlobStoreInfo.class);
    }

    private byte[] call(Request request, int... expected) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            byte[] body = response.body().bytes();
            for (int status : expected) {
                if (response.code() == status) {
                    return body;
                }
            }
            if (response.code() == 404 || response.code() == 405) {
                throw new NoStoreException("has no blob store (a node older than it)");
            }
            String detail;
            try {
                detail = Json.read(mapper, body, ProblemDetail.class).detail();
            } catch (RuntimeException e) {
                detail = null;
            }
            throw new IOException(request.method() + " " + request.url().encodedPath() + " answered HTTP "
                    + response.code() + (detail == null ? "" : ": " + detail));
        } catch (IllegalArgumentException e) {
            throw new IOException("unreadable answer to " + request.method() + " " + request.url().encodedPath()
                    + ": " + e.getMessage(), e);
        }
    }
}
