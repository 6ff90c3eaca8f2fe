package org.labjudge.node.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProblemDetail;

/** Writes protocol values and problems as the body of an answer, with the wire protocol's mapping. */
final class JsonResponses {
    static final String JSON = "application/json";

    private final ObjectMapper mapper;

    JsonResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code value} as {@code application/json} with {@code status}. */
    void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType(JSON).result(bytes(value));
    }

    /** An RFC 9457 problem with its extra headers. */
    void problem(Context ctx, ApiProblem problem) {
        problem.headers().forEach(ctx::header);
        problem(ctx, problem.problem());
    }

    /** An RFC 9457 problem. */
    void problem(Context ctx, ProblemDetail problem) {
        ctx.status(problem.status()).contentType(ProblemDetail.MEDIA_TYPE).result(bytes(problem));
    }

    /**
     * {@link #problem(Context, ApiProblem)} written and sent at once: a refused WebSocket upgrade's answer, which
     * Javalin sends without the result a handler set.
     */
    void problemSentNow(Context ctx, ApiProblem problem) {
        problem(ctx, problem);
        byte[] body = bytes(problem.problem());
        ctx.res().setContentLength(body.length);
        try {
            ctx.res().getOutputStream().write(body);
            ctx.res().flushBuffer();
        } catch (java.io.IOException e) {
            // The client went away; nothing is left to tell it.
        }
    }

    byte[] bytes(Object value) {
        return Json.write(mapper, value).getBytes(StandardCharsets.UTF_8);
    }
}
