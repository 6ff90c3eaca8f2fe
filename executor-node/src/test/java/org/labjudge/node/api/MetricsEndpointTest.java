package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labjudge.node.judge.NodeLoad;
import org.labjudge.protocol.Health;

class MetricsEndpointTest {
    private final ApiFixture node = ApiFixture.open();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void metricsArePrometheusTextWithLoadHealthAndHttpCounts() {
        node.service.load.set(new NodeLoad(8, 3, 5, 32));
        node.service.health.set(Health.down("Docker is unreachable"));
        node.get("/api/v1/info");
        node.get("/nowhere");

        HttpResponse<String> response = node.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body())
                .contains("labjudge_slots 8\n", "labjudge_busy 3\n", "labjudge_queued 5\n", "labjudge_up 0\n")
                .contains("labjudge_http_responses_total{status=\"200\"} 1\n")
                .contains("labjudge_http_responses_total{status=\"404\"} 1\n")
                .contains("# TYPE labjudge_run_duration_ms histogram\n");
    }
}
