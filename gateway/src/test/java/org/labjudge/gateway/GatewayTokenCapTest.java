package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.endtoend.RunSpans;

/**
 * A token's concurrency cap in the whole pool, over real nodes: with two 1-slot nodes and token A capped at 1
 * (the gateway's tokenCaps), A's runs never run two at once on any node, while token B's runs use the other
 * node's slot during A's; none of A's runs is refused for waiting.
 */
@Tag("docker")
class GatewayTokenCapTest {
    private static final String TOKEN_A = "course-a-token-0123456789";
    private static final String TOKEN_B = "course-b-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void aTokenCappedAtOneNeverHasTwoRunsAtOnceInThePoolWhileAnotherTokenUsesTheOtherNode() throws Exception {
        try (RealPool pool = RealPool.start(dir, 2, 1, b -> b.set("tokens", List.of(TOKEN_A, TOKEN_B))
                .set("tokenCaps", Map.of("token-1", 1)).set("maxWaitSeconds", 3600).set("drainSeconds", 0))) {
            GatewayClient client = new GatewayClient(pool.url());
            String run = client.v1Run("python", RunSpans.TIMED, "").toString();
            ExecutorService clients = Executors.newFixedThreadPool(12);
            List<CompletableFuture<long[]>> runsOfA = new ArrayList<>();
            List<CompletableFuture<long[]>> runsOfB = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runsOfA.add(CompletableFuture.supplyAsync(() -> span(client, TOKEN_A, run), clients));
            }
            for (int i = 0; i < 6; i++) {
                runsOfB.add(CompletableFuture.supplyAsync(() -> span(client, TOKEN_B, run), clients));
            }
            List<long[]> spansOfA = runsOfA.stream().map(CompletableFuture::join).toList();
            List<long[]> spansOfB = runsOfB.stream().map(CompletableFuture::join).toList();
            clients.shutdown();

            assertThat(RunSpans.overlapping(spansOfA)).as("runs of the capped token that ran at once").isEmpty();
            assertThat(RunSpans.alongside(spansOfB, spansOfA))
                    .as("runs of B on the other node while one of A ran").isGreaterThanOrEqualTo(3);
        }
    }

    /** The program's span; {@link GatewayClient#ok} fails the run unless it was answered 200. */
    private static long[] span(GatewayClient client, String token, String run) {
        return RunSpans.of(client.ok(client.bearer("POST", "/api/v1/runs", token, run))
                .get("tests").get(0).get("stdout").asText());
    }
}
