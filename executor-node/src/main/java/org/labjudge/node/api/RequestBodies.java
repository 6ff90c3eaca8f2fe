package org.labjudge.node.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Reads JSON request bodies defensively: only JSON media types in UTF-8, never more than the
 * node's cap in memory whatever {@code Content-Length} claims or a chunked body turns out to hold.
 */
final class RequestBodies implements BodyReader {
    /** Arrays cannot be larger than this in every JVM. */
    private static final long ARRAY_LIMIT = Integer.MAX_VALUE - 16;

    /**
     * How much of a refused body is read and dropped before the 413, as a multiple of the cap.
     * A server that answers and closes with bytes still unread makes the kernel reset the
     * connection, and the client loses the answer ("no bytes" instead of a 413). Beyond this the
     * node closes anyway rather than read a hostile client's gigabytes.
     */
    private static final long DRAIN_FACTOR = 4;

    private final long maxBytes;

    RequestBodies(long maxBytes) {
        this.maxBytes = Math.min(maxBytes, ARRAY_LIMIT);
    }

    /** 413 when the declared {@code Content-Length} is already over the cap (-1 means not declared). */
    private void checkDeclaredLength(long contentLength) {
        if (contentLength > maxBytes) {
            throw ApiProblem.tooLarge(maxBytes);
        }
    }

    /**
     * 413 when the request's declared {@code Content-Length} is over the cap, after dropping the
     * body so the client reads the answer. A client that waits for {@code 100 Continue} has sent
     * nothing yet and is answered at once (reading would invite the body).
     */
    void refuseDeclaredOverCap(Context ctx) {
        long contentLength = ctx.req().getContentLengthLong();
        if (contentLength <= maxBytes) {
            return;
        }
        String expect = ctx.header("Expect");
        if ((expect == null || !expect.equalsIgnoreCase("100-continue")) && contentLength <= drainLimit()) {
            try {
                drain(ctx.req().getInputStream(), contentLength);
            } catch (IOException e) {
                // No body stream to drain: the 413 is the answer all the same.
            }
        }
        throw ApiProblem.tooLarge(maxBytes);
    }

    /**
     * 415 unless {@code contentType} is {@code application/json} or {@code application/*+json},
     * with no charset or UTF-8 (the only encoding JSON allows between systems, RFC 8259).
     */
    void checkJsonContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw ApiProblem.unsupportedMediaType("Content-Type is missing: send the body as application/json");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean json = mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
        if (!json) {
            throw ApiProblem.unsupportedMediaType("Content-Type " + mediaType
                    + " is not accepted: send the body as application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw ApiProblem.unsupportedMediaType("charset " + charset
                            + " is not accepted: send JSON in UTF-8");
                }
            }
        }
    }

    /** The body of a request, or 413 as soon as more than the cap has arrived. */
    @Override
    public byte[] read(Context ctx) {
        InputStream in;
        try {
            in = ctx.req().getInputStream();
        } catch (IOException e) {
            throw ApiProblem.badRequest("cannot read the request body: " + e.getMessage());
        }
        return read(in, ctx.req().getContentLengthLong());
    }

    /** The whole body, or 413 as soon as more than the cap has arrived. */
    byte[] read(InputStream in, long contentLength) {
        checkDeclaredLength(contentLength);
        int initial = (int) Math.min(contentLength > 0 ? contentLength : 8192, 1 << 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream(initial);
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    drain(in, drainLimit() - total);
                    throw ApiProblem.tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                throw problem;
            }
            throw unreadable(e);
        }
        return out.toByteArray();
    }

    private long drainLimit() {
        return maxBytes > ARRAY_LIMIT / DRAIN_FACTOR ? ARRAY_LIMIT : maxBytes * DRAIN_FACTOR;
    }

    /**
     * Reads and drops up to {@code limit} more bytes, stopping at the end of the body; a client
     * that breaks off or stalls (the connector's idle timeout) ends it early.
     */
    private static void drain(InputStream in, long limit) {
        byte[] buffer = new byte[64 * 1024];
        long left = limit;
        try {
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
                left -= n;
            }
        } catch (IOException e) {
            // Only the answer's delivery depended on it: the caller's 413 is the answer anyway.
        }
    }

    /** A body that broke off or was badly framed is the client's fault: 408 or 400, never 500. */
    private static ApiProblem unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException) {
                return ApiProblem.of(HttpStatus.REQUEST_TIMEOUT_408, "the request body did not arrive in time");
            }
        }
        String reason = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage();
        return ApiProblem.badRequest("cannot read the request body: " + reason);
    }
}
