package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.process.NodeProcess;

/**
 * A node that answers a Jobe run with outcome 21 (no room) counts as a full node: the gateway sends the run to
 * another node, and the client gets that node's answer, never the 21 (docs/front-ends.md, "The pool gateway").
 * Real nodes (child processes, Docker sandboxes) and a real gateway on loopback.
 */
@Tag("docker")
class GatewayJobeOverloadTest {

    @TempDir
    Path dir;

    @Test
    void aNodeAnsweringOutcome21SendsTheRunToAnotherNode() throws Exception {
        // Two nodes of two slots that admit no wait (a run past their slots is refused: Jobe's 21). The gateway
        // polls their load only at its start, so of later runs it knows only those it sent itself.
        try (RealPool pool = RealPool.start(dir, 2, 2, "\"maxQueue\": 0, \"maxWaitSeconds\": 0",
                b -> b.set("pollMillis", 600_000))) {
            GatewayClient client = new GatewayClient(pool.url());
            // A run through the gateway holds a slot of one node: to the gateway that node is half full.
            CompletableFuture<HttpResponse<String>> viaGateway = CompletableFuture.supplyAsync(() -> client.bearer(
                    "POST", "/api/v1/runs", RealPool.TOKEN, RealPool.HOLDING_RUN));
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.nodes.stream().anyMatch(n -> n.busy() == 1));
            NodeProcess halfFull = pool.nodes.stream().filter(n -> n.busy() == 1).findFirst().orElseThrow();
            NodeProcess full = pool.nodes.get(0) == halfFull ? pool.nodes.get(1) : pool.nodes.get(0);
            // Both slots of the other are taken by runs sent to it directly: the gateway does not see them, so to
            // it that node is idle and the better choice.
            CompletableFuture<HttpResponse<String>> direct1 = RealPool.holdASlot(full);
            CompletableFuture<HttpResponse<String>> direct2 = RealPool.holdASlot(full);
            await().atMost(Duration.ofSeconds(60)).until(() -> full.busy() == 2);

            JsonNode result = client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", RealPool.TOKEN,
                    client.jobeRun("python3", "print(input() + '!')", "hi\n").toString()));

            assertThat(result.get("outcome").asInt()).as("%s", result).isEqualTo(15);
            assertThat(result.get("stdout").asText()).isEqualTo("hi!\n");
            assertThat(full.counter("labjudge_rejected_total", labels -> labels.contains("frontend=\"jobe\"")))
                    .as("the node that was full answered the Jobe run 21").isEqualTo(1);
            assertThat(halfFull.counter("labjudge_runs_total", labels -> labels.contains("frontend=\"jobe\"")))
                    .as("the other node ran it").isEqualTo(1);
            viaGateway.cancel(true);
            direct1.cancel(true);
            direct2.cancel(true);
        }
    }
}
