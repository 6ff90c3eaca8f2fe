package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.pool.NodeState;
import org.labjudge.node.process.NodeProcess;

/**
 * The gateway's 503 when no node takes a run says why, as a node's own refusal does ({@code reason}): busy
 * ({@code expected_wait}) when the nodes said they were busy, so a client knows waiting helps; unavailable
 * ({@code engine_unavailable}) when no node is up. Real nodes (child processes, Docker sandboxes) and a real
 * gateway on loopback.
 */
@Tag("docker")
class GatewayRefusalReasonTest {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aRunRefusedByEveryNodeAsBusyIsRefusedAsBusy() throws Exception {
        // One node of one slot that admits no wait: while a run sent to it directly holds the slot, the node
        // refuses the gateway's run with expected_wait (and Retry-After) on every try.
        try (RealPool pool = RealPool.start(dir, 1, 1, "\"maxQueue\": 0, \"maxWaitSeconds\": 0",
                b -> b.set("requestDeadlineSeconds", 8))) {
            NodeProcess node = pool.nodes.get(0);
            CompletableFuture<HttpResponse<String>> holder = RealPool.holdASlot(node);
            await().atMost(Duration.ofSeconds(60)).until(() -> node.busy() == 1 && pool.status("n1").busy() == 1);

            String metrics = assertRefused(pool, "expected_wait", "busy");
            assertThat(metrics).doesNotContain("reason=\"engine_unavailable\"} 1");
            holder.cancel(true);
        }
    }

    @Test
    void aRunWithNoNodeUpIsRefusedAsUnavailable() throws Exception {
        try (RealPool pool = RealPool.start(dir, 1, 1)) {
            pool.nodes.get(0).kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> pool.status("n1").state() != NodeState.UP);

            assertRefused(pool, "engine_unavailable", "No LabJudge node is reachable");
        }
    }

    /**
     * A v1 run through the gateway is refused 503 with {@code Retry-After}, {@code reason} and a detail containing
     * {@code detail}, counted once under that reason; returns the gateway's metrics.
     */
    private String assertRefused(RealPool pool, String reason, String detail) throws Exception {
        GatewayClient client = new GatewayClient(pool.url());
        HttpResponse<String> refused = client.bearer("POST", "/api/v1/runs", RealPool.TOKEN,
                client.v1Run("python", "print(1)", "").toString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("reason").asText()).isEqualTo(reason);
        assertThat(problem.get("detail").asText()).contains(detail);
        String metrics = client.bearer("GET", "/metrics", RealPool.TOKEN, null).body();
        assertThat(metrics).contains("labjudge_rejected_total{frontend=\"v1\",reason=\"" + reason + "\"} 1\n");
        return metrics;
    }
}
