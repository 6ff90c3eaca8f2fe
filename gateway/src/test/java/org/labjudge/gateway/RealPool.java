package org.labjudge.gateway;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.gateway.config.GatewayConfig;
import org.labjudge.gateway.config.GatewayConfigBuilder;
import org.labjudge.node.process.NodeProcess;

/**
 * Real executor nodes (child processes on loopback, Docker sandboxes) listed in a {@code nodes.json}, and a
 * gateway in this JVM over them. Needs the Docker engine, the runtime images and the node's shaded jar.
 */
final class RealPool implements AutoCloseable {
    static final String TOKEN = "gateway-test-token-0123456789";

    final List<NodeProcess> nodes = new ArrayList<>();
    final Gateway gateway;

    private RealPool(List<NodeProcess> started, Gateway gateway) {
        nodes.addAll(started);
        this.gateway = gateway;
    }

    /** Starts {@code count} nodes of {@code slots} slots and a gateway that needs {@link #TOKEN}; waits until all are up. */
    static RealPool start(Path dir, int count, int slots) throws Exception {
        return start(dir, count, slots, UnaryOperator.identity());
    }

    /** {@link #start(Path, int, int)} with more of the gateway's settings ({@code tokens} replace {@link #TOKEN}). */
    static RealPool start(Path dir, int count, int slots, UnaryOperator<GatewayConfigBuilder> settings) throws Exception {
        return start(dir, count, slots, "", settings);
    }

    /**
     * {@link #start(Path, int, int, UnaryOperator)} with each node's config file {@code nodeSettings} (JSON members,
     * {@link NodeProcess#start(Path, String, int, String)}).
     */
    static RealPool start(Path dir, int count, int slots, String nodeSettings,
                          UnaryOperator<GatewayConfigBuilder> settings) throws Exception {
        Path jar = NodeProcess.findJar().orElseThrow(() -> new AssertionError(
                "the executor node's jar is not built: run mvn -pl executor-node -am package -DskipTests"
                        + " (or set LABJUDGE_NODE_JAR)"));
        List<NodeProcess> started = new ArrayList<>();
        try {
            for (int i = 1; i <= count; i++) {
                started.add(NodeProcess.start(jar, "n" + i, slots, nodeSettings));
            }
            for (NodeProcess node : started) {
                node.awaitListening(180);
            }
            Path list = dir.resolve("nodes.json");
            Files.writeString(list, NodeProcess.nodeList(started));
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

    String url() {
        return "http://127.0.0.1:" + gateway.port();
    }

    NodeStatus status(String nodeId) {
        return gateway.pool().nodes().stream().filter(n -> n.name().equals(nodeId)).findFirst().orElseThrow();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        gateway.shutdown();
        NodeProcess.stopAll(nodes);
    }
}
