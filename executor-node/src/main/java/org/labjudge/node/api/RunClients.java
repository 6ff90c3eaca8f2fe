package org.labjudge.node.api;

import io.javalin.http.Context;
import org.labjudge.node.judge.RunOptions;

/**
 * Who sent a request, as the server's auth found it: {@code token-N} for the N-th configured token (never the
 * token itself, which must not reach logs or metrics), {@link RunOptions#ANONYMOUS} with auth off. Front-ends
 * pass it on in {@link RunOptions#client()}, so capacity is shared fairly per token.
 */
public final class RunClients {
    static final String ATTRIBUTE = "labjudge.client";

    private RunClients() {
    }

    /** The client of a request that passed the server's auth. */
    public static String of(Context ctx) {
        String client = ctx.attribute(ATTRIBUTE);
        return client == null ? RunOptions.ANONYMOUS : client;
    }
}
