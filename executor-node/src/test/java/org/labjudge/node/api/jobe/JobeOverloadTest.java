package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;

/**
 * A node with no room answers a Jobe run with outcome 21 (Jobe's overload answer, HTTP 200), counts
 * it under {@code frontend="jobe"}, and honours Jobe's overload test hook.
 */
@Tag("docker")
class JobeOverloadTest {

    @Test
    void aRunPastSlotsAndBurstThatWouldWaitIsOutcome21AndCountedForJobe() throws Exception {
        // No burst and no wait admitted: with the one slot busy, the next run is refused at once.
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 1).set("maxQueue", 0)
                .set("maxWaitSeconds", 0))) {
            JobeClient jobe = new JobeClient(node, null);
            CompletableFuture<JsonNode> slow = CompletableFuture.supplyAsync(() ->
                    jobe.run(jobe.spec("python3", "import time\ntime.sleep(3)\nprint('slow done')\n")));
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    jobe.read(node.get("/api/v1/info").body()).get("busy").asInt() == 1);

            JsonNode refused = jobe.run(jobe.spec("python3", "print('no room')\n"));

            assertThat(refused.get("outcome").asInt()).isEqualTo(21);
            assertThat(refused.get("stdout").asText()).isEmpty();
            assertThat(slow.get().get("outcome").asInt()).isEqualTo(15);
            assertThat(slow.get().get("stdout").asText()).isEqualTo("slow done\n");
            String metrics = node.get("/metrics").body();
            assertThat(metrics).contains("labjudge_rejected_total{frontend=\"jobe\",reason=\"expected_wait\"} 1\n")
                    .contains("labjudge_runs_total{frontend=\"jobe\",language=\"python\",verdict=\"OK\"} 1\n");
        }
    }

    @Test
    void jobesOverloadTestSourceAnswersOutcome21WithoutRunning() {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 1))) {
            JobeClient jobe = new JobeClient(node, null);

            JsonNode result = jobe.run(jobe.spec("python3", JobeApi.OVERLOAD_TEST_SOURCE));

            assertThat(result.get("outcome").asInt()).isEqualTo(21);
            assertThat(node.get("/metrics").body()).doesNotContain("labjudge_runs_total{frontend=\"jobe\"");
        }
    }
}
