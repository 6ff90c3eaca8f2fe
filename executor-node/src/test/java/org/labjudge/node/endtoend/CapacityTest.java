package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunRequest;

/** Past its slots and burst a node refuses a run that would wait too long with 503 and says when to retry; a
 *  burst within the default is served without a refusal; it never runs more than its slots at once, and
 *  /api/v1/info tells the truth about it. */
@Tag("docker")
class CapacityTest {

    @Test
    void requestsPastSlotsAndBurstThatWouldWaitAreRefusedWith503AndRetryAfter() throws Exception {
        // Burst 1 and no wait admitted past it: one runs, one waits, the other three are refused.
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 1).set("maxQueue", 1)
                .set("maxWaitSeconds", 0))) {
            String slow = Json.write(node.json, RunRequest.of("bash", "sleep 2; echo done\n"));
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> node.post("/api/v1/runs", slow)));
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode info = node.json.readTree(node.get("/api/v1/info").body());
                assertThat(info.get("busy").asInt()).isEqualTo(1);
                assertThat(info.get("queued").asInt()).isEqualTo(1);
                assertThat(info.get("slots").asInt()).isEqualTo(1);
                assertThat(info.get("maxQueue").asInt()).isEqualTo(1);
                assertThat(info.get("maxWaitSeconds").asInt()).isZero();
            });
            List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

            List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() == 503).toList();
            List<HttpResponse<String>> served = responses.stream().filter(r -> r.statusCode() == 200).toList();
            assertThat(served).hasSize(2);
            assertThat(refused).hasSize(3).allSatisfy(r -> {
                assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
                assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
                assertThat(r.body()).contains("1 runs wait already", "would wait about");
            });
            assertThat(served).allSatisfy(r -> assertThat(r.body()).contains("\"stdout\":\"done\\n\""));
            JsonNode info = node.json.readTree(node.get("/api/v1/info").body());
            assertThat(info.get("busy").asInt()).isZero();
            assertThat(info.get("queued").asInt()).isZero();
        }
    }

    @Test
    void aBurstOfSixteenOnOneSlotIsServedWithoutARefusalUnderTheDefaults() throws Exception {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 1))) {
            String quick = Json.write(node.json, RunRequest.of("bash", "echo served\n"));
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> node.post("/api/v1/runs", quick)));
            }

            List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

            assertThat(responses).allSatisfy(r -> {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(r.body()).contains("\"stdout\":\"served\\n\"");
            });
            JsonNode info = node.json.readTree(node.get("/api/v1/info").body());
            assertThat(info.get("maxQueue").asInt()).isEqualTo(64);
            assertThat(info.get("maxWaitSeconds").asInt()).isEqualTo(10);
            assertThat(node.get("/metrics").body())
                    .contains("labjudge_rejected_total{frontend=\"v1\",reason=\"expected_wait\"} 0\n");
        }
    }
}
