package org.labjudge.node.api;

import io.javalin.http.Context;

/**
 * Reads a request's body under the node's size cap, the same for every front-end: past the cap
 * the request is answered 413 (as a problem) and the rest of the body is not read.
 */
@FunctionalInterface
public interface BodyReader {
    byte[] read(Context ctx);
}
