package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.RunRequest;

/**
 * A draining node keeps its open console sessions going up to its drain time and then ends them with an end
 * message that says so (not a dropped socket); a session asked for meanwhile is refused before the upgrade with
 * 503 and the reason {@code shutting_down}, as a run is.
 */
@Tag("docker")
class ConsoleDrainTest {
    private static final String TOKEN = "console-drain-token";
    private static final String ECHO = "while True:\n    print('echo ' + input(), flush=True)\n";

    private static RunningNodeFixture node(int drainSeconds) {
        return new RunningNodeFixture(b -> b.set("tokens", List.of(TOKEN)).set("languages", List.of("python"))
                .set("drainSeconds", drainSeconds));
    }

    private static URI consoleUri(RunningNodeFixture node) {
        return URI.create("ws://127.0.0.1:" + node.node.port() + "/api/v1/console");
    }

    @Test
    void aSessionGoesOnWhileTheNodeDrainsAndTheNodeStopsOnceItEnds() throws Exception {
        try (RunningNodeFixture node = node(120); ConsoleClient console = node.console()) {
            console.start(RunRequest.of("python", ECHO), null, null);
            assertThat(console.next(60).started()).isNotNull();

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(node.node::shutdown);
            ConsoleClient.Refusal refusal = ConsoleClient.awaitRefusedUpgrade(consoleUri(node), TOKEN, 30);
            assertThat(refusal.status()).isEqualTo(503);
            assertThat(refusal.headers()).containsKey("retry-after");
            JsonNode problem = node.json.readTree(refusal.body());
            assertThat(problem.get("reason").asText()).isEqualTo("shutting_down");
            assertThat(problem.get("status").asInt()).isEqualTo(503);
            assertThat(problem.get("detail").asText()).isEqualTo("the node is shutting down");

            // The open session still runs: typed lines are echoed while the node waits for it.
            console.type("still here\n");
            assertThat(console.awaitStdout("echo still here\n", 30)).isEqualTo("echo still here\n");
            assertThat(stopped).as("the node waits for the open session").isNotDone();

            console.endInput();
            ConsoleEnd end = console.awaitEnd(null, 30);
            assertThat(end.reason()).as("%s", end).isEqualTo(ConsoleEndReason.EXITED);
            // Well before the 120 s drain time: the node stops once its last session ended.
            stopped.get(60, TimeUnit.SECONDS);
            assertThat(node.containers()).isEmpty();
        }
    }

    @Test
    void aSessionStillOpenAtTheEndOfTheDrainIsEndedWithAMessageThatSaysSo() throws Exception {
        try (RunningNodeFixture node = node(2); ConsoleClient console = node.console()) {
            console.start(RunRequest.of("python", ECHO), null, null);
            assertThat(console.next(60).started()).isNotNull();
            console.type("one\n");
            assertThat(console.awaitStdout("echo one\n", 30)).isEqualTo("echo one\n");

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(node.node::shutdown);
            ConsoleEnd end = console.awaitEnd(null, 60);
            assertThat(end.reason()).as("a reason every client reads").isEqualTo(ConsoleEndReason.STOPPED);
            assertThat(end.message()).startsWith("ended: the node is shutting down after ").contains("ms of CPU");
            assertThat(end.verdict()).isNull();
            assertThat(end.wallTimeMs()).isPositive();
            stopped.get(60, TimeUnit.SECONDS);
            await("the node closed the socket after the end").atMost(Duration.ofSeconds(10))
                    .until(console::closedByNode);
        }
    }
}
