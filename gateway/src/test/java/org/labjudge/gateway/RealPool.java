package org.labjudge.gateway;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.gateway.config.GatewayConfig;
import org.labjudge.gateway.config.GatewayConfigBuilder;
import org.labjudge.node.process.NodeProcess;

/**
 * Real executor nodes (child processes on loopback, Docker sandboxes) listed in a {@code nodes.json}, and a
 * gateway in this JVM over them. Needs the Docker engine, the runtime images and the node's shaded jar. In the
 * gateway's test jar, so the desktop app's tests grade through a gateway set up this one way.
 */
public final class RealPool implements AutoCloseable {
    public static final String TOKEN = "gateway-test-token-0123456789";
    private static final HttpClient HOLDER = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The nodes, named n1, n2, ...: a test kills and restarts them. */
    public final List<NodeProcess> nodes = new ArrayList<>();
    public final Gateway gateway;

    private RealPool(List<NodeProcess> started, Gateway gateway) {
        nodes.addAll(started);
        this.gateway = gateway;
    }

    /** Starts {@code count} nodes of {@code slots} slots and a gateway that needs {@link #TOKEN}; waits until all are up. */
    public static RealPool start(Path dir, int count, int slots) throws Exception {
        return start(dir, count, slots, UnaryOperator.identity());
    }

    /** {@link #start(Path, int, int)} with more of the gateway's settings ({@code tokens} replace {@link #TOKEN}). */
    public static RealPool start(Path dir, int count, int slots, UnaryOperator<GatewayConfigBuilder> settings)
            throws Exception {
        return start(dir, count, slots, "", settings);
    }

    /**
     * {@link #start(Path, int, int, UnaryOperator)} with each node's config file {@code nodeSettings} (JSON members,
     * {@link NodeProcess#start(Path, String, int, String)}).
     */
    public static RealPool start(Path dir, int count, int slots, String nodeSettings,
                                 UnaryOperator<GatewayConfigBuilder> settings) throws Exception {
        List<NodeProcess> started = NodeProcess.startAll("n", count, slots, nodeSettings);
        try {
            Path list = NodeProcess.writeNodeList(dir.resolve("nodes.json"), started);
            GatewayConfig config = settings.apply(GatewayConfig.builder().set("nodes", list.toString()).set("port", 0)
                    .set("pollMillis", 300).set("tokens", List.of(TOKEN)).set("gatewayId", "gw")).build();
            Gateway gateway = Gateway.start(config, "test");
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    gateway.pool().nodes().stream().allMatch(n -> n.state() == NodeState.UP && !n.offered().isEmpty()));
            return new RealPool(started, gateway);
        } catch (Exception | Error e) {
            NodeProcess.stopAll(started);
            throw e;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + gateway.port();
    }

    /**
     * Writes to {@code file} a {@code nodes.json} (docs/node-list.md) that lists this gateway, with {@link #TOKEN}, as
     * the one node: what a teacher's {@code labjudge} is pointed at to use the whole pool through one URL.
     */
    public Path writeClientNodeList(Path file) throws IOException {
        return Files.writeString(file, "{\"token\":\"" + TOKEN + "\",\"nodes\":[{\"name\":\"gw\",\"url\":\""
                + url() + "\"}]}");
    }

    /** The gateway's own count of counter {@code family}'s samples whose labels pass {@code labels} ({@link NodeProcess#counter}). */
    public long counter(String family, Predicate<String> labels) throws IOException, InterruptedException {
        return NodeProcess.counter(URI.create(url()), TOKEN, family, labels);
    }

    /** A v1 run that takes a slot for about 25 s (a Python sleep). */
    public static final String HOLDING_RUN = "{\"language\":\"python\","
            + "\"source\":\"import time\\ntime.sleep(25)\\nprint('held')\\n\","
            + "\"limits\":{\"timeMs\":20000,\"wallTimeMs\":30000}}";

    /**
     * Takes a slot of {@code node} with {@link #HOLDING_RUN} sent to it directly, past the gateway, which does not
     * see it until its next poll: cancel the answer's future when done with it.
     */
    public static CompletableFuture<HttpResponse<String>> holdASlot(NodeProcess node) {
        return HOLDER.sendAsync(HttpRequest.newBuilder(node.url().resolve("/api/v1/runs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(HOLDING_RUN))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Node {@code nodeId} as the gateway's pool sees it. */
    public NodeStatus status(String nodeId) {
        return gateway.pool().nodes().stream().filter(n -> n.name().equals(nodeId)).findFirst().orElseThrow();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        gateway.shutdown();
        NodeProcess.stopAll(nodes);
    }
}
