package org.labjudge.app.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Starts pools over stub nodes with a written node list, fast polling and no embedded node. */
final class TestPools {

    private TestPools() {
    }

    /** A node list entry: name, url, weight and optional token. */
    record Listed(String name, String url, double weight, String token) {
        static Listed of(StubNode node) {
            return new Listed(node.nodeId(), node.url().toString(), 1, null);
        }

        static Listed of(StubNode node, double weight) {
            return new Listed(node.nodeId(), node.url().toString(), weight, null);
        }
    }

    /**
     * Polls often so tests see changes quickly; timeouts stay generous because a shared, busy test machine
     * can take a second to answer even on loopback.
     */
    static PoolConfig fastConfig() {
        return PoolConfig.defaults()
                .withPollInterval(Duration.ofMillis(100))
                .withConnectTimeout(Duration.ofSeconds(2))
                .withRequestDeadline(Duration.ofSeconds(10))
                .withEmbeddedNode(false);
    }

    static Path writeList(Path dir, String sharedToken, List<Listed> nodes) throws IOException {
        StringBuilder json = new StringBuilder("{");
        if (sharedToken != null) {
            json.append("\"token\":\"").append(sharedToken).append("\",");
        }
        json.append("\"nodes\":[");
        for (int i = 0; i < nodes.size(); i++) {
            Listed n = nodes.get(i);
            json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(n.name()).append("\",\"url\":\"")
                    .append(n.url()).append("\",\"weight\":").append(n.weight());
            if (n.token() != null) {
                json.append(",\"token\":\"").append(n.token()).append("\"");
            }
            json.append("}");
        }
        json.append("]}");
        Path file = dir.resolve("nodes.json");
        Files.writeString(file, json);
        return file;
    }

    static Pool start(Path dir, PoolConfig config, List<Listed> nodes) throws IOException, PoolException {
        return start(dir, config, null, nodes, new SplittableRandom(42));
    }

    static Pool start(Path dir, PoolConfig config, String sharedToken, List<Listed> nodes, RandomGenerator random)
            throws IOException, PoolException {
        Path list = writeList(dir, sharedToken, nodes);
        return Pool.start(config.withNodeList(list.toString()), isolatedLocator(dir), List.of(), random);
    }

    /** A locator that sees no environment variable and no standard files. */
    static NodeListLocator isolatedLocator(Path dir) {
        return new NodeListLocator(Map.of(), dir.resolve("home"), dir.resolve("etc-nodes.json"));
    }

    static StubNode[] stubs(int count, int slots, Duration serviceTime) throws IOException {
        StubNode[] nodes = new StubNode[count];
        for (int i = 0; i < count; i++) {
            nodes[i] = StubNode.start("n" + (i + 1), slots, serviceTime);
        }
        return nodes;
    }
}
