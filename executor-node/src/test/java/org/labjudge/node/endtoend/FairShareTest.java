package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.admission.Admission;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/**
 * A full node serves waiting runs in turn across tokens, over real HTTP: one course's flood does not hold up
 * another course's single run, and two floods share the slots half and half, whichever came first.
 */
@Tag("docker")
class FairShareTest {
    private static final String TOKEN_A = "course-a-token-0123456789";
    private static final String TOKEN_B = "course-b-token-0123456789";
    /** How the node's admission names each token's clients (api.RunClients). */
    private static final String CLIENT_A = "token-1";
    private static final String CLIENT_B = "token-2";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aLoneRunOfTokenBFinishesWhileTokenAHas200Queued() {
        // A bound no flood reaches, so all of A's runs wait: the test is about order, not refusal.
        try (RunningNodeFixture node = fullNode()) {
            Admission admission = node.node.worker().admission();
            List<CompletableFuture<HttpResponse<String>>> runsOfA = flood(node, TOKEN_A,
                    RunRequest.of("python", "import time\ntime.sleep(0.5)\nprint('a')\n"), 210, null);
            await().atMost(Duration.ofSeconds(60)).until(() -> admission.waiting(CLIENT_A) >= 200);

            HttpResponse<String> lone = send(node, TOKEN_B, RunRequest.of("python", "print('b')\n")).join();

            int stillQueued = admission.waiting(CLIENT_A);
            assertThat(lone.statusCode()).as(lone.body()).isEqualTo(200);
            assertThat(Json.read(node.json, lone.body(), RunResult.class).tests().get(0).stdout()).isEqualTo("b\n");
            assertThat(stillQueued).as("A's runs still queued when B's run finished").isGreaterThanOrEqualTo(190);
            runsOfA.forEach(run -> run.cancel(true));
        }
    }

    @Test
    void twoFloodingTokensEachGetHalfTheRunsDoneWithinTenPercent() {
        int perToken = 60;
        int window = 60;
        try (RunningNodeFixture node = fullNode()) {
            Admission admission = node.node.worker().admission();
            RunRequest quick = RunRequest.of("bash", "echo done\n");
            ConcurrentLinkedQueue<String> finished = new ConcurrentLinkedQueue<>();
            // A floods first: first come, first served would give A the whole window.
            List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>(
                    flood(node, TOKEN_A, quick, perToken, () -> finished.add(CLIENT_A)));
            await().atMost(Duration.ofSeconds(60)).until(() -> admission.waiting(CLIENT_A) >= perToken - 10);
            runs.addAll(flood(node, TOKEN_B, quick, perToken, () -> finished.add(CLIENT_B)));
            await().atMost(Duration.ofSeconds(60)).until(() -> admission.waiting(CLIENT_B) >= perToken - 2);
            int before = finished.size();
            await().atMost(Duration.ofSeconds(120)).until(() -> finished.size() >= before + window);

            List<String> inWindow = finished.stream().skip(before).limit(window).toList();
            long ofA = inWindow.stream().filter(CLIENT_A::equals).count();
            HalfShare.assertEachWithinTenPercentOfHalf(ofA, window);
            runs.forEach(CompletableFuture::join);
            assertThat(runs).allSatisfy(run -> assertThat(run.join().statusCode()).isEqualTo(200));
        }
    }

    /** Two slots, both tokens, and no wait long enough to be refused. */
    private static RunningNodeFixture fullNode() {
        return new RunningNodeFixture(b -> b.set("slots", 2).set("tokens", List.of(TOKEN_A, TOKEN_B))
                .set("maxWaitSeconds", 3600).set("drainSeconds", 0));
    }

    private List<CompletableFuture<HttpResponse<String>>> flood(RunningNodeFixture node, String token,
            RunRequest request, int count, Runnable onDone) {
        List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CompletableFuture<HttpResponse<String>> run = send(node, token, request);
            if (onDone != null) {
                run = run.whenComplete((response, failure) -> onDone.run());
            }
            runs.add(run);
        }
        return runs;
    }

    private CompletableFuture<HttpResponse<String>> send(RunningNodeFixture node, String token, RunRequest request) {
        return http.sendAsync(HttpRequest.newBuilder(node.uri("/api/v1/runs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(300))
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(node.json, request))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
