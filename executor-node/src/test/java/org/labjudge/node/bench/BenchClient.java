package org.labjudge.node.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

/** Posts runs to a benchmarked node; any answer but an accepted (or OK) run stops the benchmark. */
final class BenchClient {
    private final ObjectMapper json = Json.newMapper();
    private final HttpClient http;
    private final URI runs;

    BenchClient(HttpClient http, int port) {
        this.http = http;
        this.runs = URI.create("http://127.0.0.1:" + port + "/api/v1/runs");
    }

    RunResult run(RunRequest request) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(runs)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(json, request))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            RunResult result = Json.read(json, response.body(), RunResult.class);
            if (result.verdict() != Verdict.OK && result.verdict() != Verdict.ACCEPTED) {
                throw new IllegalStateException("unexpected verdict: " + result);
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
