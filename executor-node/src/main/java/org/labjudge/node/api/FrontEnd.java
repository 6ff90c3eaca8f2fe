package org.labjudge.node.api;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * A front-end the node's HTTP server offers beside wire protocol v1 (Jobe's API, Piston's): it
 * owns a path prefix, translates its requests into calls on the node's run service and answers in
 * its own API's shape. Auth and the body cap are the server's, the same for every front-end; only
 * where the token is read from and how a refusal is worded are the front-end's.
 */
public interface FrontEnd {

    /** Its name: the {@code frontend} label of the node's metrics. */
    String name();

    /** The path prefix of its routes, e.g. {@code /jobe/}. */
    String pathPrefix();

    /** A header that carries a bare token (Jobe's {@code X-API-KEY}), or {@code null} for {@code Authorization: Bearer}. */
    String tokenHeader();

    /** Answers a request whose token is missing ({@code missing}) or not one of the node's. */
    void refuse(Context ctx, boolean missing);

    /**
     * Adds its routes; their bodies are read with {@code bodies}, and their runs go on while the client stays
     * connected ({@code watcher}: a client gone cancels its run).
     */
    void addRoutes(JavalinDefaultRoutingApi routes, BodyReader bodies, ClientWatcher watcher);
}
