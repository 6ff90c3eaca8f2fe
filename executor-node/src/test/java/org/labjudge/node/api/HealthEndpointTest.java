package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.Health;

class HealthEndpointTest {
    private final ApiFixture node = ApiFixture.open();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void upIs200WithStatusOnly() {
        HttpResponse<String> response = node.get("/api/v1/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void downIs503WithDetailAndRetryAfter() {
        node.service.health.set(Health.down("Docker is unreachable"));

        HttpResponse<String> response = node.get("/api/v1/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\",\"detail\":\"Docker is unreachable\"}");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aFailingHealthCheckIsDownNotAnError() {
        node.service.health.set(null);

        HttpResponse<String> response = node.get("/api/v1/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"DOWN\"");
    }
}
