package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/**
 * A token's concurrency cap on a full node, over real HTTP: with 2 slots and token A capped at 1 (tokenCaps), A's
 * runs never run two at once (each program prints when it started and ended, by the host's clock), while token B's
 * runs use the other slot during A's; none of A's runs is refused for waiting.
 */
@Tag("docker")
class TokenCapTest {
    private static final String TOKEN_A = "course-a-token-0123456789";
    private static final String TOKEN_B = "course-b-token-0123456789";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aTokenCappedAtOneNeverHasTwoRunsAtOnceWhileAnotherTokenUsesTheOtherSlot() {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 2)
                .set("tokens", List.of(TOKEN_A, TOKEN_B)).set("tokenCaps", Map.of("token-1", 1))
                .set("maxWaitSeconds", 3600).set("drainSeconds", 0))) {
            List<CompletableFuture<HttpResponse<String>>> runsOfA = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> runsOfB = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runsOfA.add(send(node, TOKEN_A));
            }
            for (int i = 0; i < 6; i++) {
                runsOfB.add(send(node, TOKEN_B));
            }

            List<long[]> spansOfA = spans(node, runsOfA);
            List<long[]> spansOfB = spans(node, runsOfB);

            assertThat(RunSpans.overlapping(spansOfA)).as("runs of the capped token that ran at once").isEmpty();
            assertThat(RunSpans.alongside(spansOfB, spansOfA)).as("runs of B on the other slot while one of A ran").isGreaterThanOrEqualTo(3);
        }
    }

    /** Each run's program's start and end; every run must have been answered 200. */
    private List<long[]> spans(RunningNodeFixture node, List<CompletableFuture<HttpResponse<String>>> runs) {
        List<long[]> spans = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> run : runs) {
            HttpResponse<String> response = run.join();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            spans.add(RunSpans.of(Json.read(node.json, response.body(), RunResult.class).tests().get(0).stdout()));
        }
        return spans;
    }

    private CompletableFuture<HttpResponse<String>> send(RunningNodeFixture node, String token) {
        return http.sendAsync(HttpRequest.newBuilder(node.uri("/api/v1/runs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(300))
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(node.json, RunRequest.of("python", RunSpans.TIMED)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
