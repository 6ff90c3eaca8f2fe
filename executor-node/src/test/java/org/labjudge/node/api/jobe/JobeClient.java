package org.labjudge.node.api.jobe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.labjudge.node.endtoend.RunningNodeFixture;

/** Speaks Jobe's REST API to a node over HTTP, as CodeRunner does (X-API-KEY when given a key). */
final class JobeClient {
    final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final RunningNodeFixture node;
    private final String apiKey;

    JobeClient(RunningNodeFixture node, String apiKey) {
        this.node = node;
        this.apiKey = apiKey;
    }

    /** A run_spec with the language and source set. */
    ObjectNode spec(String language, String source) {
        ObjectNode spec = json.createObjectNode();
        spec.put("language_id", language).put("sourcecode", source);
        return spec;
    }

    /** Posts {@code {"run_spec": spec}}; expects 200 and returns the result object. */
    JsonNode run(ObjectNode spec) {
        HttpResponse<String> response = post(spec);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    HttpResponse<String> post(ObjectNode spec) {
        ObjectNode body = json.createObjectNode();
        body.set("run_spec", spec);
        return send(request(JobeApi.RUNS).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    HttpResponse<String> putFile(String id, String content) {
        String body = json.createObjectNode().put("file_contents",
                Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8))).toString();
        return send(request(JobeApi.BASE + "/files/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** PUTs a raw body to a path under Jobe's base. */
    HttpResponse<String> putRaw(String path, String body) {
        return send(request(JobeApi.BASE + path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> headFile(String id) {
        return send(request(JobeApi.BASE + "/files/" + id).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.node.port() + path))
                .timeout(Duration.ofSeconds(120));
        if (apiKey != null) {
            request.header(JobeApi.API_KEY_HEADER, apiKey);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
