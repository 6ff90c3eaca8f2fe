package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.labjudge.node.sandbox.ContainerJanitor;
import org.labjudge.node.sandbox.DockerClients;
import org.labjudge.node.sandbox.SandboxLabels;
import org.labjudge.node.testing.NodeJvm;

/**
 * A node killed with SIGKILL mid-run leaves a container behind; its next start removes it. Its
 * nodes run in JVMs of their own under their own node id, so it runs beside the other classes.
 */
@Tag("docker")
@Order(Integer.MAX_VALUE - 1)
@Execution(ExecutionMode.CONCURRENT)
class NodeCrashRecoveryTest {
    /**
     * Only bash carries this tag: the nodes of this test start without probing every language. It is
     * this run's own, so two runs on one engine (two checkouts) do not remove each other's.
     */
    private static final String TAG = "lj-hostile-crash-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void tagBash() {
        HostileNode.command("docker", "tag", HostileNode.IMAGES + "bash:current", HostileNode.IMAGES + "bash:" + TAG);
    }

    @AfterAll
    static void untagBash() {
        HostileNode.command("docker", "rmi", HostileNode.IMAGES + "bash:" + TAG);
    }

    @Test
    void aNodeKilledMidRunRemovesItsLeftoversAtItsNextStart() throws Exception {
        String nodeId = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            killAndRestart(nodeId);
        } finally {
            // Whatever failed above, leave no container of this test's nodes behind.
            new ContainerJanitor(DockerClients.forSandboxes(), new SandboxLabels(nodeId)).removeLeftovers();
        }
    }

    private static void killAndRestart(String nodeId) throws Exception {
        String slowRun = "{\"language\":\"bash\",\"source\":\"sleep 45\","
                + "\"limits\":{\"timeMs\":1000,\"wallTimeMs\":45000}}";
        String leftover;
        try (NodeJvm first = node(nodeId)) {
            first.awaitUp(Duration.ofSeconds(120), "bash");
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return first.send(HttpRequest.newBuilder(first.uri("/api/v1/runs"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(slowRun)));
                } catch (Exception e) {
                    return null; // the node dies under it
                }
            });
            leftover = await().atMost(Duration.ofSeconds(90)).until(() -> containerRunning(nodeId, "sleep"),
                    id -> id != null);

            first.process().destroyForcibly();
            assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(slow.get(10, TimeUnit.SECONDS)).isNull();
        }
        assertThat(HostileNode.dockerPs(nodeId)).as("left by the killed node")
                .anyMatch(line -> line.startsWith(leftover + " running"));
        assertThat(HostileNode.processesIn(leftover)).contains("sleep");

        try (NodeJvm second = node(nodeId)) {
            second.awaitUp(Duration.ofSeconds(120), "bash");

            assertThat(HostileNode.dockerPs(nodeId)).noneMatch(line -> line.startsWith(leftover));
            assertThat(HostileNode.processesByContainer()).doesNotContainKey(leftover);
            HttpResponse<String> run = second.send(HttpRequest.newBuilder(second.uri("/api/v1/runs"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"bash\",\"source\":\"echo ok\"}")));
            assertThat(run.statusCode()).isEqualTo(200);
            assertThat(run.body()).contains("\"verdict\":\"OK\"");
            HostileNode.assertNothingLeftBehind(nodeId);

            assertThat(second.stop(Duration.ofSeconds(30))).as("the node stops on SIGTERM").isTrue();
        }
        assertThat(HostileNode.dockerPs(nodeId)).as("containers after a clean stop").isEmpty();
    }

    /**
     * A node with one slot and only the runtime images tagged {@link #TAG} (a node leaves the
     * languages without an image out, so it starts faster).
     */
    private static NodeJvm node(String nodeId) throws IOException {
        return NodeJvm.builder(nodeId).slots(1).setting("imageTag", TAG).start();
    }

    /** The container of the node in which a process of this name runs, or null. */
    private static String containerRunning(String nodeId, String processName) {
        return HostileNode.dockerPs(nodeId).stream()
                .filter(line -> line.endsWith(" running"))
                .map(line -> line.split(" ")[0])
                .filter(id -> HostileNode.processesIn(id).contains(processName))
                .findFirst().orElse(null);
    }
}
