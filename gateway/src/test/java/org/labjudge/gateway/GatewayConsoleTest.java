package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The gateway's {@code /api/v1/console} relays a session to a node of its pool over real WebSockets on loopback:
 * the gateway's token opens it (none or a wrong one is refused before the upgrade), the node's events come back,
 * typed lines reach the program, a client that goes away stops its program on the node, and the gateway counts the
 * session in its metrics.
 */
@Tag("docker")
class GatewayConsoleTest {
    /** Echoes each line until the end of input, then exits 0. */
    private static final String ECHO = "import sys\nfor line in sys.stdin:\n    print('echo ' + line, end='', flush=True)\n";

    @TempDir
    static Path dir;
    private static RealPool pool;

    @BeforeAll
    static void start() throws Exception {
        pool = RealPool.start(dir, 2, 1);
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
    }

    static URI consoleUri(RealPool pool) {
        return URI.create("ws://127.0.0.1:" + pool.gateway.port() + "/api/v1/console");
    }

    @Test
    void aSessionIsRelayedToANodeOfThePool() {
        try (ConsoleClient console = ConsoleClient.open(consoleUri(pool), RealPool.TOKEN)) {
            console.start(RunRequest.of("python", ECHO), null, null);
            ConsoleStarted started = console.next(120).started();
            assertThat(started).isNotNull();
            assertThat(started.nodeId()).isIn(pool.nodes.stream().map(NodeProcess::nodeId).toList());
            assertThat(started.idleSeconds()).as("the node's default").isEqualTo(120);

            console.type("Ada\n");
            assertThat(console.awaitStdout("echo Ada\n", 30)).isEqualTo("echo Ada\n");
            console.type("Grace\n").endInput();
            StringBuilder rest = new StringBuilder();
            ConsoleEnd end = console.awaitEnd(rest, 30);
            assertThat(rest.toString()).isEqualTo("echo Grace\n");
            assertThat(end.reason()).as("%s", end).isEqualTo(ConsoleEndReason.EXITED);
            assertThat(end.message()).as("the node's own end").startsWith("exit code 0 after ");
        }
        String metrics = new GatewayClient(pool.url()).bearer("GET", "/metrics", RealPool.TOKEN, null).body();
        assertThat(metrics)
                .contains("labjudge_console_sessions_ended_total{frontend=\"console\",language=\"python\",reason=\"EXITED\"} 1\n")
                .contains("labjudge_console_sessions_open{frontend=\"console\"} 0\n")
                .contains("labjudge_console_bytes_total{frontend=\"console\",direction=\"in\"} 10\n")
                .contains("labjudge_console_bytes_total{frontend=\"console\",direction=\"out\"} 20\n");
    }

    @Test
    void aClientThatGoesAwayStopsItsProgramOnTheNode() throws Exception {
        ConsoleStarted started;
        try (ConsoleClient console = ConsoleClient.open(consoleUri(pool), RealPool.TOKEN)) {
            console.start(RunRequest.of("python", ECHO), null, null);
            started = console.next(120).started();
            assertThat(started).isNotNull();
        } // the socket is dropped without a stop
        NodeProcess node = pool.nodes.stream().filter(n -> n.nodeId().equals(started.nodeId())).findFirst()
                .orElseThrow();
        await("the node ended the session as stopped").atMost(Duration.ofSeconds(30)).until(() -> node.counter(
                "labjudge_console_sessions_ended_total", labels -> labels.contains("reason=\"STOPPED\"")) == 1);
        assertThat(node.counter("labjudge_console_sessions_open", labels -> true)).isZero();
    }

    @Test
    void theGatewaysTokenIsCheckedBeforeTheUpgrade() {
        assertThat(ConsoleClient.refusedUpgrade(consoleUri(pool), null).status()).isEqualTo(401);
        ConsoleClient.Refusal wrong = ConsoleClient.refusedUpgrade(consoleUri(pool), "not-the-token");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("the bearer token is not accepted");
    }

    @Test
    void aLanguageNoNodeRunsIsRefusedWithItsReason() {
        try (ConsoleClient console = ConsoleClient.open(consoleUri(pool), RealPool.TOKEN)) {
            console.start(RunRequest.of("cobol", "DISPLAY 'HI'."), null, null);
            ConsoleEnd end = console.awaitEnd(null, 30);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.REFUSED);
            assertThat(end.message()).startsWith("unknown language 'cobol'; the pool's nodes run [");
        }
    }
}
