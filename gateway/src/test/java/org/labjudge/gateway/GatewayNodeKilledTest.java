package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.pool.NodeState;
import org.labjudge.node.process.NodeProcess;

/**
 * A node killed (SIGKILL) while the gateway has runs in flight on it costs the clients of every front-end nothing:
 * 30 single runs of one correct program, ten each through v1, Jobe and Piston, all get their right answers, those
 * on the dead node from another node; the node, restarted, is used again. The desktop's grading through a gateway
 * (every verdict of a class, right, wrong and crashing) is desktop-app's GradeThroughGatewayTest.
 */
@Tag("docker")
class GatewayNodeKilledTest {
    private static final String TOKEN = RealPool.TOKEN;
    /** Each run sleeps a little, so runs are in flight long enough for the kill to hit some. */
    private static final String SOURCE = "import time\ntime.sleep(0.4)\nprint(int(input()) * 2)\n";

    @TempDir
    Path dir;

    @Test
    void thirtyRunsThroughThreeFrontEndsAllGetTheirAnswersWhileANodeIsKilledAndTheRestartedNodeIsUsedAgain() throws Exception {
        try (RealPool pool = RealPool.start(dir, 3, 2)) {
            GatewayClient client = new GatewayClient(pool.url());
            NodeProcess victim = pool.nodes.get(1);
            AtomicInteger answered = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            Thread killer = new Thread(() -> {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(10)).until(() ->
                        answered.get() >= 3 && pool.status(victim.nodeId()).busy() > 0);
                try {
                    victim.kill();
                    killed.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            ExecutorService clients = Executors.newFixedThreadPool(9);
            List<Future<String>> outputs = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int n = i;
                outputs.add(clients.submit(() -> {
                    String output = switch (n % 3) {
                        case 0 -> client.ok(client.bearer("POST", "/api/v1/runs", TOKEN,
                                client.v1Run("python", SOURCE, n + "\n").toString())).get("tests").get(0).get("stdout").asText();
                        case 1 -> jobe(client, n);
                        default -> client.ok(client.bearer("POST", "/api/v2/execute", TOKEN,
                                client.pistonRun("python", SOURCE, n + "\n").toString())).get("run").get("stdout").asText();
                    };
                    answered.incrementAndGet();
                    return output;
                }));
            }
            List<String> got = new ArrayList<>();
            for (Future<String> output : outputs) {
                got.add(output.get());
            }
            clients.shutdown();
            killer.join();

            assertThat(killed).as("the node was killed while runs were in flight on it").isTrue();
            for (int i = 0; i < 30; i++) {
                assertThat(got.get(i)).as("run %d", i).isEqualTo((i * 2) + "\n");
            }

            // The node, restarted, gets work again through the gateway.
            victim.restart();
            victim.awaitListening(180);
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.status(victim.nodeId()).state() == NodeState.UP);
            ExecutorService again = Executors.newFixedThreadPool(6);
            List<Future<String>> ranOn = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                ranOn.add(again.submit(() -> client.ok(client.bearer("POST", "/api/v1/runs", TOKEN,
                        client.v1Run("python", SOURCE, n + "\n").toString())).get("nodeId").asText()));
            }
            Set<String> usedNodes = new HashSet<>();
            for (Future<String> node : ranOn) {
                usedNodes.add(node.get());
            }
            again.shutdown();
            assertThat(usedNodes).as("the restarted node gets work again").contains(victim.nodeId());
        }
    }

    private static String jobe(GatewayClient client, int n) {
        JsonNode result = client.ok(client.jobe("POST", "/jobe/index.php/restapi/runs", TOKEN,
                client.jobeRun("python3", SOURCE, n + "\n").toString()));
        assertThat(result.get("outcome").asInt()).as("Jobe outcome of run %d", n).isEqualTo(15);
        return result.get("stdout").asText();
    }
}
