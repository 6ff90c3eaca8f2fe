package org.labjudge.app.pool;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One run as one HTTP call to a node: wire protocol v1's {@code POST /api/v1/runs}, or a call of another
 * front-end that the gateway forwards as its client sent it (Jobe's, Piston's). The {@link Pool} chooses the
 * node, sends what {@link #request} builds and fails over by what {@link #read} makes of the answer, so every
 * front-end gets the same balancing and failover.
 *
 * @param <T> what a node's answer is read as
 */
public interface NodeCall<T> {

    /** The node language the run needs: only a node that offers it is chosen. */
    String language();

    /**
     * The request to the node at {@code base} (its URL without a trailing slash), carrying the node's
     * {@code token} ({@code null}: none) where the node's front-end reads it. May first bring the node what the
     * call needs (Jobe's files) with {@code client}; an {@link IOException} then counts as the node failing.
     */
    Request request(OkHttpClient client, String base, String token) throws IOException;

    /** What the node's answer means: a result, a full node to try again elsewhere, a refusal, a failure. */
    Attempt<T> read(int status, Headers headers, byte[] body);

    /** Reads the answer as it arrives; by default whole, by {@link #read(int, Headers, byte[])}. A streamed answer reads it line by line. */
    default Attempt<T> read(Response response) throws IOException {
        return read(response.code(), response.headers(), response.body().bytes());
    }

    /** The call to make on the same node instead when this one answers {@link Attempt.NoStream}; {@code null}: none. */
    default NodeCall<T> fallback() {
        return null;
    }
}
