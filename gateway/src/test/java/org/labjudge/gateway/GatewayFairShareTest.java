package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.endtoend.HalfShare;

/**
 * Admission over real nodes: a course's flood of 200 queued runs (token A) does not hold up another course's
 * single run (token B), which is served at the next free slot; two floods share a full pool of two nodes within
 * 10% of half each, whichever came first; and past the burst, a run that would wait too long is refused at once
 * with 503 and Retry-After (Jobe's clients get outcome 21) instead of waiting.
 */
@Tag("docker")
class GatewayFairShareTest {
    private static final String TOKEN_A = "course-a-token-0123456789";
    private static final String TOKEN_B = "course-b-token-0123456789";
    private static final String SLOW = "import time\ntime.sleep(0.5)\nprint('a')\n";
    /** Long enough that the runs waiting stay waiting while the refusals are asked for. */
    private static final String SLOWER = "import time\ntime.sleep(3)\nprint('a')\n";

    @TempDir
    Path dir;

    @Test
    void aLoneRunOfTokenBFinishesWhileTokenAHas200Queued() throws Exception {
        // A bound no flood reaches here, so all of A's runs wait: the test is about order, not refusal.
        try (RealPool pool = RealPool.start(dir, 1, 2, b -> b.set("tokens", List.of(TOKEN_A, TOKEN_B))
                .set("maxWaitSeconds", 3600).set("drainSeconds", 0))) {
            GatewayClient client = new GatewayClient(pool.url());
            HttpClient flood = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<CompletableFuture<HttpResponse<String>>> runsOfA = new ArrayList<>();
            for (int i = 0; i < 210; i++) {
                runsOfA.add(send(flood, pool, TOKEN_A, client.v1Run("python", SLOW, "").toString()));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.gateway.admission().waiting("token-1") >= 200);

            JsonNode lone = client.ok(client.bearer("POST", "/api/v1/runs", TOKEN_B,
                    client.v1Run("python", "print('b')", "").toString()));

            int stillQueued = pool.gateway.admission().waiting("token-1");
            assertThat(lone.get("tests").get(0).get("stdout").asText()).isEqualTo("b\n");
            assertThat(stillQueued).as("A's runs still queued when B's run finished").isGreaterThanOrEqualTo(190);
            runsOfA.forEach(run -> run.cancel(true));
        }
    }

    @Test
    void twoFloodingTokensShareAFullPoolWithinTenPercentOfHalfEach() throws Exception {
        int perToken = 60;
        int window = 60;
        try (RealPool pool = RealPool.start(dir, 2, 1, b -> b.set("tokens", List.of(TOKEN_A, TOKEN_B))
                .set("maxWaitSeconds", 3600).set("drainSeconds", 0))) {
            GatewayClient client = new GatewayClient(pool.url());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ConcurrentLinkedQueue<String> finished = new ConcurrentLinkedQueue<>();
            String quick = client.v1Run("bash", "echo done\n", "").toString();
            // A floods first: first come, first served would give A the whole window.
            List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
            for (int i = 0; i < perToken; i++) {
                runs.add(send(http, pool, TOKEN_A, quick).whenComplete((r, e) -> finished.add("A")));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.gateway.admission().waiting("token-1") >= perToken - 10);
            for (int i = 0; i < perToken; i++) {
                runs.add(send(http, pool, TOKEN_B, quick).whenComplete((r, e) -> finished.add("B")));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.gateway.admission().waiting("token-2") >= perToken - 2);
            int before = finished.size();
            await().atMost(Duration.ofSeconds(180)).until(() -> finished.size() >= before + window);

            long ofA = finished.stream().skip(before).limit(window).filter("A"::equals).count();
            HalfShare.assertEachWithinTenPercentOfHalf(ofA, window);
            assertThat(runs).allSatisfy(run -> assertThat(run.join().statusCode()).as(run.join().body()).isEqualTo(200));
        }
    }

    @Test
    void pastTheBurstARunThatWouldWaitTooLongIsRefusedAtOnceWith503() throws Exception {
        // 2 slots, burst 4, no wait admitted beyond it: the 7th concurrent run is refused.
        try (RealPool pool = RealPool.start(dir, 1, 2, b -> b.set("maxWaitSeconds", 0).set("burst", 4))) {
            GatewayClient client = new GatewayClient(pool.url());
            List<CompletableFuture<HttpResponse<String>>> admitted = new ArrayList<>();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int i = 0; i < 6; i++) {
                admitted.add(send(http, pool, RealPool.TOKEN, client.v1Run("python", SLOWER, "").toString()));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.gateway.admission().waiting() == 4);

            HttpResponse<String> refused = client.bearer("POST", "/api/v1/runs", RealPool.TOKEN,
                    client.v1Run("python", "print(1)", "").toString());
            JsonNode jobe = client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", RealPool.TOKEN,
                    client.jobeRun("python3", "print(1)", "").toString()));
            HttpResponse<String> piston = client.bearer("POST", "/api/v2/execute", RealPool.TOKEN,
                    client.pistonRun("python", "print(1)", "").toString());

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("4 runs wait already", "would wait about");
            assertThat(jobe.get("outcome").asInt()).isEqualTo(21);
            assertThat(piston.statusCode()).isEqualTo(503);
            assertThat(piston.headers().firstValue("Retry-After")).isPresent();
            for (CompletableFuture<HttpResponse<String>> run : admitted) {
                assertThat(run.get().statusCode()).as(run.get().body()).isEqualTo(200);
            }
            assertThat(client.bearer("GET", "/metrics", RealPool.TOKEN, null).body())
                    .contains("labjudge_rejected_total{frontend=\"v1\",reason=\"expected_wait\"} 1\n");
        }
    }

    private static CompletableFuture<HttpResponse<String>> send(HttpClient http, RealPool pool, String token, String body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(pool.url() + "/api/v1/runs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(300)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
