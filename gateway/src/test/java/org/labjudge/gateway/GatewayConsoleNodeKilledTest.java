package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.endtoend.ConsoleClient;
import org.labjudge.node.process.NodeProcess;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleStarted;
import org.labjudge.protocol.RunRequest;

/**
 * A node killed (SIGKILL) while the gateway relays a session to it ends the client's session with
 * {@code NODE_LOST} and a message naming the node, within seconds, and the gateway then closes the client's socket.
 */
@Tag("docker")
class GatewayConsoleNodeKilledTest {
    private static final String ECHO = "while True:\n    print('echo ' + input(), flush=True)\n";

    @TempDir
    Path dir;

    @Test
    void aNodeKilledMidSessionEndsTheClientsSessionWithNodeLost() throws Exception {
        try (RealPool pool = RealPool.start(dir, 2, 1);
                ConsoleClient console = ConsoleClient.open(GatewayConsoleTest.consoleUri(pool), RealPool.TOKEN)) {
            console.start(RunRequest.of("python", ECHO), null, null);
            ConsoleStarted started = console.next(120).started();
            assertThat(started).isNotNull();
            console.type("one\n");
            assertThat(console.awaitStdout("echo one\n", 30)).isEqualTo("echo one\n");
            NodeProcess victim = pool.nodes.stream().filter(n -> n.nodeId().equals(started.nodeId())).findFirst()
                    .orElseThrow();

            victim.kill();
            ConsoleEnd end = console.awaitEnd(null, 20);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.NODE_LOST);
            assertThat(end.message()).startsWith("Lost node " + victim.nodeId() + ": ")
                    .endsWith("The program's run is gone; run it again.");
            await("the gateway closed the socket after the end").atMost(Duration.ofSeconds(10))
                    .until(console::closedByNode);
        }
    }
}
