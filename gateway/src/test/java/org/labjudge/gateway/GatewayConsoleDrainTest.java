package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.endtoend.ConsoleClient;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.RunRequest;

/**
 * A stopping gateway refuses new console sessions before the upgrade (503, {@code shutting_down}), keeps the ones it
 * relays going for its drain time, then ends them with an end message that says so.
 */
@Tag("docker")
class GatewayConsoleDrainTest {
    private static final String ECHO = "while True:\n    print('echo ' + input(), flush=True)\n";

    @TempDir
    Path dir;

    @Test
    void aRelayedSessionIsEndedWithAMessageWhenTheDrainTimeRunsOut() throws Exception {
        try (RealPool pool = RealPool.start(dir, 1, 1, b -> b.set("drainSeconds", 4));
                ConsoleClient console = ConsoleClient.open(GatewayConsoleTest.consoleUri(pool), RealPool.TOKEN)) {
            console.start(RunRequest.of("python", ECHO), null, null);
            assertThat(console.next(120).started()).isNotNull();

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(pool.gateway::shutdown);
            // At once: the drain time is short, and the gateway refuses from its first moment of stopping.
            ConsoleClient.Refusal refusal = ConsoleClient.awaitRefusedUpgrade(GatewayConsoleTest.consoleUri(pool),
                    RealPool.TOKEN, 3);
            assertThat(refusal.status()).isEqualTo(503);
            JsonNode problem = new ObjectMapper().readTree(refusal.body());
            assertThat(problem.get("reason").asText()).isEqualTo("shutting_down");
            assertThat(problem.get("detail").asText()).isEqualTo("the server is stopping");

            console.type("still here\n");
            assertThat(console.awaitStdout("echo still here\n", 30)).as("relayed while draining")
                    .isEqualTo("echo still here\n");

            ConsoleEnd end = console.awaitEnd(null, 60);
            assertThat(end.reason()).as("%s", end).isEqualTo(ConsoleEndReason.STOPPED);
            assertThat(end.message()).startsWith("ended: the gateway is shutting down; stopped after ");
            stopped.get(60, TimeUnit.SECONDS);
            await("the gateway closed the socket after the end").atMost(Duration.ofSeconds(10))
                    .until(console::closedByNode);
        }
    }
}
