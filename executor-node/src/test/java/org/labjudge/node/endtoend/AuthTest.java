package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** With a token configured, runs need it; health never does. */
@Tag("docker")
class AuthTest {
    private static final String RUN = "{\"language\":\"bash\",\"source\":\"echo hi\"}";
    private static RunningNodeFixture node;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("tokens", List.of("s3cret-token")));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private HttpResponse<String> postWith(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri("/api/v1/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RUN));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMissingTokenIsRefused() throws Exception {
        HttpResponse<String> response = postWith(null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        assertThat(postWith("Bearer s3cret-tokem").statusCode()).isEqualTo(401);
        assertThat(postWith("Basic czNjcmV0LXRva2Vu").statusCode()).isEqualTo(401);
    }

    @Test
    void theRightTokenRuns() throws Exception {
        HttpResponse<String> response = postWith("Bearer s3cret-token");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"stdout\":\"hi\\n\"");
    }

    @Test
    void healthNeedsNoToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.uri("/api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }
}
