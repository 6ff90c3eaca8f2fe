package org.labjudge.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP to a gateway as each kind of client calls it: v1 and Piston with a bearer token, Jobe with X-API-KEY. */
final class GatewayClient {
    final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    GatewayClient(String base) {
        this.base = base;
    }

    HttpResponse<String> bearer(String method, String path, String token, String body) {
        HttpRequest.Builder request = request(path, method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    HttpResponse<String> jobe(String method, String path, String key, String body) {
        HttpRequest.Builder request = request(path, method, body);
        if (key != null) {
            request.header("X-API-KEY", key);
        }
        return send(request);
    }

    /** The JSON of a 200 answer. */
    JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** {@code {"run_spec": {...}}} with the language and source set. */
    ObjectNode jobeRun(String language, String source, String input) {
        ObjectNode body = json.createObjectNode();
        body.putObject("run_spec").put("language_id", language).put("sourcecode", source).put("input", input);
        return body;
    }

    /** A Piston request for one file in a language at any version. */
    ObjectNode pistonRun(String language, String source, String stdin) {
        ObjectNode request = json.createObjectNode().put("language", language).put("version", "*").put("stdin", stdin);
        request.putArray("files").addObject().put("content", source);
        return request;
    }

    /** A v1 run of {@code source} fed {@code stdin}. */
    ObjectNode v1Run(String language, String source, String stdin) {
        return json.createObjectNode().put("language", language).put("source", source).put("stdin", stdin);
    }

    private HttpRequest.Builder request(String path, String method, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
