package org.labjudge.node.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;
import org.labjudge.node.blob.BlobRefusedException;
import org.labjudge.node.blob.BlobStats;
import org.labjudge.node.blob.BlobStore;
import org.labjudge.protocol.BlobHash;
import org.labjudge.protocol.BlobQuery;
import org.labjudge.protocol.BlobStoreInfo;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.MissingBlobs;
import org.labjudge.protocol.ProtocolException;

/**
 * The handlers of the blob store's paths (wire protocol v1, "Blobs"): upload by SHA-256 (verified), ask whether
 * held, one at a time or in bulk, and what the store holds. Auth, the body cap and error rendering are
 * {@link NodeApi}'s, as for every v1 path.
 */
final class BlobEndpoints {
    /** The media type of an upload's body: the blob's bytes as they are. */
    static final String OCTET_STREAM = "application/octet-stream";
    /** Most hashes one {@code missing} query may ask about (a package's tests and validator files fit many times). */
    static final int MAX_QUERY = 100_000;

    private final BlobStore store;
    private final ObjectMapper mapper;
    private final JsonResponses responses;
    private final RequestBodies bodies;

    BlobEndpoints(BlobStore store, ObjectMapper mapper, JsonResponses responses, RequestBodies bodies) {
        this.store = store;
        this.mapper = mapper;
        this.responses = responses;
        this.bodies = bodies;
    }

    /** {@code GET /api/v1/blobs}: how many blobs and bytes the store holds, and its bound. */
    void info(Context ctx) {
        BlobStats stats = store.stats();
        responses.json(ctx, HttpStatus.OK_200, new BlobStoreInfo(stats.blobs(), stats.bytes(), stats.maxBytes()));
    }

    /** {@code PUT /api/v1/blobs/{sha256}}: 201 stored, 200 held already; 400 when the bytes do not hash to the name. */
    void put(Context ctx) {
        String hash = hashOf(ctx);
        String type = ctx.req().getContentType();
        String media = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals(OCTET_STREAM)) {
            throw ApiProblem.unsupportedMediaType("Content-Type " + (media.isEmpty() ? "is missing" : media
                    + " is not accepted") + ": send a blob's bytes as " + OCTET_STREAM);
        }
        byte[] bytes = bodies.read(ctx);
        try {
            ctx.status(store.put(hash, bytes) ? HttpStatus.CREATED_201 : HttpStatus.OK_200);
        } catch (BlobRefusedException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    /** {@code HEAD /api/v1/blobs/{sha256}}: 200 when held, 404 when not. */
    void head(Context ctx) {
        ctx.status(store.contains(hashOf(ctx)) ? HttpStatus.OK_200 : HttpStatus.NOT_FOUND_404);
    }

    /** {@code POST /api/v1/blobs/missing}: of the hashes asked about, those the store does not hold. */
    void missing(Context ctx) {
        bodies.checkJsonContentType(ctx.req().getContentType());
        BlobQuery query;
        try {
            query = Json.read(mapper, bodies.read(ctx), BlobQuery.class);
        } catch (ProtocolException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        if (query.hashes().size() > MAX_QUERY) {
            throw ApiProblem.badRequest("the query asks about " + query.hashes().size()
                    + " blobs; this node answers at most " + MAX_QUERY + " at once");
        }
        List<String> malformed = query.hashes().stream().filter(h -> !BlobHash.isValid(h)).limit(3).toList();
        if (!malformed.isEmpty()) {
            throw ApiProblem.badRequest("hashes must be SHA-256s in 64 lowercase hex digits, got " + malformed);
        }
        responses.json(ctx, HttpStatus.OK_200, new MissingBlobs(store.missing(query.hashes())));
    }

    private static String hashOf(Context ctx) {
        String hash = ctx.pathParam("sha256");
        if (!BlobHash.isValid(hash)) {
            throw ApiProblem.badRequest("a blob is named by its SHA-256 in 64 lowercase hex digits, got \"" + hash + "\"");
        }
        return hash;
    }
}
