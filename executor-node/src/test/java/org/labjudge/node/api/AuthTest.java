package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthTest {
    private final ApiFixture node = ApiFixture.withTokens();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void healthNeedsNoToken() {
        assertThat(node.get("/api/v1/health").statusCode()).isEqualTo(200);
    }

    @Test
    void everythingElseWithoutATokenIs401WithABearerChallenge() {
        for (String path : new String[] {"/api/v1/info", "/api/v1/languages", "/metrics", "/no/such/path"}) {
            HttpResponse<String> response = node.get(path);

            ErrorResponsesTest.problem(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
        }
        HttpResponse<String> run = node.postJson("/api/v1/runs", "{\"language\":\"python\",\"source\":\"\"}");
        ErrorResponsesTest.problem(run, 401);
        assertThat(node.service.requests).isEmpty();
    }

    @Test
    void aWrongTokenIs401() {
        HttpResponse<String> response = node.send(node.request("/api/v1/info")
                .header("Authorization", "Bearer " + ApiFixture.TOKEN + "x").GET().build());

        assertThat(ErrorResponsesTest.problem(response, 401).detail()).contains("not accepted");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void anotherSchemeIs401() {
        HttpResponse<String> response = node.send(node.request("/api/v1/info")
                .header("Authorization", "Basic " + ApiFixture.TOKEN).GET().build());

        ErrorResponsesTest.problem(response, 401);
    }

    @Test
    void anyConfiguredTokenIsAccepted() {
        for (String token : new String[] {ApiFixture.TOKEN, "another-token"}) {
            HttpResponse<String> response = node.send(node.request("/api/v1/info")
                    .header("Authorization", "Bearer " + token).GET().build());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRunWithTheRightTokenIsServed() {
        HttpResponse<String> response = node.send(node.request("/api/v1/runs")
                .header("Authorization", "bearer " + ApiFixture.TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"python\",\"source\":\"\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void withoutTokensAuthIsOff() {
        try (ApiFixture open = ApiFixture.open()) {
            assertThat(open.get("/api/v1/info").statusCode()).isEqualTo(200);
            assertThat(open.get("/metrics").statusCode()).isEqualTo(200);
        }
    }
}
