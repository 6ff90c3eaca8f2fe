package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProblemDetail;

class ErrorResponsesTest {
    private static final ObjectMapper MAPPER = Json.newMapper();

    private final ApiFixture node = ApiFixture.open();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void malformedJsonIs400NamingTheProblem() {
        HttpResponse<String> response = node.postJson("/api/v1/runs", "{\"language\": \"python\", \"source\": ");

        ProblemDetail problem = problem(response, 400);
        assertThat(problem.detail()).startsWith("malformed JSON at line 1");
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        HttpResponse<String> response = node.postJson("/api/v1/runs",
                "{\"language\":\"python\",\"source\":\"\",\"limits\":{\"timeMs\":\"2000\"}}");

        ProblemDetail problem = problem(response, 400);
        assertThat(problem.detail()).isEqualTo("limits.timeMs: expected an integer, got a string");
    }

    @Test
    void aMissingRequiredFieldIs400NamingTheField() {
        HttpResponse<String> response = node.postJson("/api/v1/runs", "{\"source\":\"print(1)\"}");

        assertThat(problem(response, 400).detail()).isEqualTo("language is required");
    }

    @Test
    void anEmptyBodyIs400() {
        HttpResponse<String> response = node.postJson("/api/v1/runs", "");

        assertThat(problem(response, 400).detail()).contains("empty");
    }

    @Test
    void jsonThatIsNotAnObjectIs400() {
        HttpResponse<String> response = node.postJson("/api/v1/runs", "[1, 2]");

        problem(response, 400);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpResponse<String> response = node.send(node.request("/api/v1/runs")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"python\",\"source\":\"\"}"))
                .build());

        assertThat(problem(response, 415).detail()).contains("text/plain").contains("application/json");
        assertThat(node.service.requests).isEmpty();
    }

    @Test
    void aBodyWithoutContentTypeIs415() {
        HttpResponse<String> response = node.send(node.request("/api/v1/runs")
                .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"python\",\"source\":\"\"}"))
                .build());

        problem(response, 415);
    }

    @Test
    void jsonInAnotherCharsetIs415() {
        HttpResponse<String> response = node.send(node.request("/api/v1/runs")
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"python\",\"source\":\"\"}"))
                .build());

        assertThat(problem(response, 415).detail()).contains("UTF-8");
    }

    @Test
    void anUnknownPathIs404() {
        HttpResponse<String> response = node.get("/api/v2/runs");

        assertThat(problem(response, 404).detail()).isEqualTo("no such endpoint: GET /api/v2/runs");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        HttpResponse<String> response = node.get("/api/v1/runs");

        assertThat(problem(response, 405).detail()).contains("GET is not allowed on /api/v1/runs");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
                allow -> assertThat(allow).contains("POST"));

        HttpResponse<String> delete = node.send(node.request("/api/v1/info").DELETE().build());
        problem(delete, 405);
    }

    @Test
    void aFaultOfTheNodeIs500WithAGenericDetail() {
        node.service.runner.set(request -> {
            throw new IllegalStateException("secret internal state at /var/lib/labjudge");
        });

        HttpResponse<String> response = node.postJson("/api/v1/runs", "{\"language\":\"python\",\"source\":\"\"}");

        ProblemDetail problem = problem(response, 500);
        assertThat(problem.detail()).doesNotContain("secret").contains("log");
    }

    @Test
    void garbageOnTheWireIsAProblemAndTheServerKeepsAnswering() throws IOException {
        String answer = raw("THIS IS NOT HTTP\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");

        String badHeader = raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");
        assertThat(badHeader).startsWith("HTTP/1.1 400").contains("application/problem+json");

        String badChunks = raw("POST /api/v1/runs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        assertThat(badChunks).startsWith("HTTP/1.1 400").contains("application/problem+json");

        assertThat(node.get("/api/v1/health").statusCode()).isEqualTo(200);
    }

    static ProblemDetail problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ProblemDetail.MEDIA_TYPE);
        ProblemDetail problem = Json.read(MAPPER, response.body(), ProblemDetail.class);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.type()).isEqualTo("about:blank");
        assertThat(problem.title()).isNotBlank();
        assertThat(problem.detail()).isNotBlank();
        return problem;
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", node.port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
