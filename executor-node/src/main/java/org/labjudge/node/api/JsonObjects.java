package org.labjudge.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** Reads a body as a JSON object, for front-ends whose peers read loosely typed JSON (Jobe's PHP, Piston's JavaScript). */
public final class JsonObjects {
    private JsonObjects() {
    }

    /** The body as a JSON object; empty when it is not JSON or not an object. */
    public static Optional<JsonNode> read(ObjectMapper mapper, byte[] body) {
        try {
            JsonNode root = mapper.readTree(body);
            return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
