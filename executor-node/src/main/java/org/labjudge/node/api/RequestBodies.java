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

    private final long maxBytes;

    RequestBodies(long maxBytes) {
        this.maxBytes = Math.min(maxBytes, ARRAY_LIMIT);
    }

    /** 413 when the declared {@code Content-Length} is already over the cap (-1 means not declared). */
    void checkDeclaredLength(long contentLength) {
        if (contentLength > maxBytes) {
            throw ApiProblem.tooLarge(maxBytes);
        }
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
