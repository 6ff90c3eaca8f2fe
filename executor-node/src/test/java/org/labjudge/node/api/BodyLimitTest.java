package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BodyLimitTest {
    private static final int CAP = 1024;

    private final ApiFixture node = ApiFixture.withBodyCap(CAP);

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aDeclaredLengthOverTheCapIs413() {
        HttpResponse<String> response = node.postJson("/api/v1/runs", runOfSize(4 * CAP));

        assertThat(ErrorResponsesTest.problem(response, 413).detail()).contains(String.valueOf(CAP));
        assertThat(node.service.requests).isEmpty();
    }

    @Test
    void aChunkedBodyOverTheCapIs413() {
        HttpResponse<String> response = node.send(chunked(runOfSize(4 * CAP)));

        ErrorResponsesTest.problem(response, 413);
        assertThat(node.service.requests).isEmpty();
    }

    @Test
    void bodiesUpToTheCapAreServedChunkedOrNot() {
        String body = runOfSize(CAP);
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(CAP);

        assertThat(node.postJson("/api/v1/runs", body).statusCode()).isEqualTo(200);
        assertThat(node.send(chunked(body)).statusCode()).isEqualTo(200);
        assertThat(node.service.requests).hasSize(2);
    }

    private HttpRequest chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return node.request("/api/v1/runs")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
    }

    /** A valid run request of exactly {@code size} bytes. */
    private static String runOfSize(int size) {
        String prefix = "{\"language\":\"python\",\"source\":\"";
        String suffix = "\"}";
        return prefix + "#".repeat(size - prefix.length() - suffix.length()) + suffix;
    }
}
