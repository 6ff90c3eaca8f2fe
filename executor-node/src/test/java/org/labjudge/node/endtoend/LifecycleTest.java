package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.sandbox.ContainerJanitor;
import org.labjudge.node.sandbox.DockerClients;
import org.labjudge.node.sandbox.SandboxLabels;
import org.labjudge.node.testing.NodeJvm;

/** A node cleans up after an earlier instance of itself, and drains its work on SIGTERM. */
@Tag("docker")
class LifecycleTest {
    private final DockerClient docker = DockerClients.forSandboxes();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(NodeJvm node, String body) {
        try {
            return http.send(HttpRequest.newBuilder(node.uri("/api/v1/runs"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sigtermLetsTheRunningWorkFinishRefusesNewWorkAndRemovesItsContainers() throws Exception {
        String nodeId = "drain-" + UUID.randomUUID().toString().substring(0, 8);
        ContainerJanitor janitor = new ContainerJanitor(docker, new SandboxLabels(nodeId));
        try (NodeJvm node = NodeJvm.builder(nodeId).start()) {
            node.awaitUp(Duration.ofSeconds(90));
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() ->
                    post(node, "{\"language\":\"bash\",\"source\":\"sleep 3; echo finished\"}"));
            await().atMost(Duration.ofSeconds(20)).until(() -> http.send(
                    HttpRequest.newBuilder(node.uri("/api/v1/info")).build(), HttpResponse.BodyHandlers.ofString())
                    .body().contains("\"busy\":1"));

            node.process().destroy(); // SIGTERM

            await().atMost(Duration.ofSeconds(5)).until(() -> post(node, "{\"language\":\"bash\",\"source\":\"echo late\"}")
                    .statusCode() == 503);
            HttpResponse<String> finished = slow.get(30, TimeUnit.SECONDS);
            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(finished.body()).contains("\"stdout\":\"finished\\n\"");
            assertThat(node.process().waitFor(30, TimeUnit.SECONDS)).as("the node exits").isTrue();
            assertThat(janitor.leftovers()).as("containers of the stopped node").isEmpty();
        }
    }

    @Test
    void containersLeftByAnEarlierInstanceAreRemovedAtStart() throws Exception {
        String nodeId = "leftover-" + UUID.randomUUID().toString().substring(0, 8);
        String leftover = docker.createContainerCmd("labjudge/bash:current")
                .withLabels(Map.of(SandboxLabels.ROLE, SandboxLabels.SANDBOX, SandboxLabels.NODE, nodeId))
                .withEntrypoint("sleep", "600")
                .exec().getId();
        docker.startContainerCmd(leftover).exec();
        ContainerJanitor janitor = new ContainerJanitor(docker, new SandboxLabels(nodeId));
        assertThat(janitor.leftovers()).containsExactly(leftover);

        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("nodeId", nodeId))) {
            assertThat(node.containers()).doesNotContain(leftover);
        }
    }
}
