package org.labjudge.node.api.piston;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;

/**
 * Piston's clients meet the node's auth and capacity like v1's: a bearer token of the node, and
 * 503 with Retry-After for a run past the burst that would wait too long, worded as Piston words errors and
 * counted under {@code frontend="piston"}.
 */
@Tag("docker")
class PistonRefusalsTest {
    private static final String TOKEN = "piston-token-0123456789";

    @Test
    void withoutTheNodesTokenExecuteIs401AndWithItRuns() throws Exception {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 1).set("tokens", List.of(TOKEN)))) {
            PistonClient piston = new PistonClient(node);
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(node.uri(PistonApi.EXECUTE))
                            .POST(HttpRequest.BodyPublishers.ofString(piston.request("py", "print(1)").toString())).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(piston.read(anonymous.body()).get("message").asText()).contains("bearer token");
            assertThat(piston.execute(piston.request("py", "print('with token')")).get("run").get("stdout").asText())
                    .isEqualTo("with token\n");
        }
    }

    @Test
    void pastSlotsAndBurstAnExecuteThatWouldWaitIs503WithRetryAfter() throws Exception {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 1).set("maxQueue", 0)
                .set("maxWaitSeconds", 0))) {
            PistonClient piston = new PistonClient(node);
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() ->
                    piston.post(piston.request("bash", "sleep 3; echo slow done")));
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    piston.read(node.get("/api/v1/info").body()).get("busy").asInt() == 1);

            HttpResponse<String> refused = piston.post(piston.request("bash", "echo no room"));

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
            assertThat(piston.read(refused.body()).get("message").asText()).contains("would wait about");
            assertThat(piston.read(slow.get().body()).get("run").get("stdout").asText()).isEqualTo("slow done\n");
            assertThat(node.get("/metrics").body())
                    .contains("labjudge_rejected_total{frontend=\"piston\",reason=\"expected_wait\"} 1\n");
        }
    }
}
