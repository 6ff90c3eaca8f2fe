package org.labjudge.node.api.piston;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.labjudge.node.endtoend.RunningNodeFixture;

/** Speaks Piston's v2 API to a node over HTTP. */
final class PistonClient {
    final ObjectMapper json = new ObjectMapper();
    private final RunningNodeFixture node;

    PistonClient(RunningNodeFixture node) {
        this.node = node;
    }

    /** A request for one file in a language at any version. */
    ObjectNode request(String language, String source) {
        ObjectNode request = json.createObjectNode().put("language", language).put("version", "*");
        request.putArray("files").addObject().put("content", source);
        return request;
    }

    java.net.http.HttpResponse<String> post(ObjectNode request) {
        return node.post(PistonApi.EXECUTE, request.toString());
    }

    /** Executes and expects 200. */
    JsonNode execute(ObjectNode request) {
        java.net.http.HttpResponse<String> response = post(request);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
