package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.process.NodeProcess;

/**
 * A gateway's client that closes its connection mid-run (v1, or a Jobe client) stops the run on the node too: the
 * gateway notices, cancels its call to the node, the node notices that connection closed and kills the program,
 * so the node's slot is free again within a few seconds; both count the run as cancelled. A real gateway over a
 * real node (a child process, Docker sandboxes), raw sockets on loopback.
 */
@Tag("docker")
class GatewayAbandonedRunTest {
    /** Would run for a minute: only a kill ends it sooner. */
    private static final String ENDLESS = "import time\nwhile True:\n    time.sleep(0.1)\n";
    /** Two watches (gateway, node) and a kill: a few seconds at most. */
    private static final Duration NOTICED = Duration.ofSeconds(8);

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void v1AndJobeRunsWhoseClientsGoAwayAreStoppedOnTheNode() throws Exception {
        try (RealPool pool = RealPool.start(dir, 1, 1)) {
            NodeProcess node = pool.nodes.get(0);
            String v1 = json.createObjectNode().put("language", "python").put("source", ENDLESS)
                    .set("limits", json.createObjectNode().put("timeMs", 20000).put("wallTimeMs", 60000)).toString();
            abandon(pool, node, "/api/v1/runs", "Authorization: Bearer " + RealPool.TOKEN, v1);
            assertThat(node.counter("labjudge_runs_cancelled_total", l -> l.equals("frontend=\"v1\""))).isEqualTo(1);
            assertThat(gatewayCounter(pool, "frontend=\"v1\"")).isEqualTo(1);

            String jobe = "{\"run_spec\":" + json.createObjectNode().put("language_id", "python3")
                    .put("sourcecode", ENDLESS).set("parameters", json.createObjectNode().put("cputime", 20)) + "}";
            abandon(pool, node, "/jobe/index.php/restapi/runs", "X-API-KEY: " + RealPool.TOKEN, jobe);
            assertThat(node.counter("labjudge_runs_cancelled_total", l -> l.equals("frontend=\"jobe\""))).isEqualTo(1);
            assertThat(gatewayCounter(pool, "frontend=\"jobe\"")).isEqualTo(1);

            // The node's slot serves the next run through the gateway as usual.
            GatewayClient client = new GatewayClient(pool.url());
            assertThat(client.ok(client.bearer("POST", "/api/v1/runs", RealPool.TOKEN,
                    client.v1Run("python", "print('next')", "").toString())).get("tests").get(0).get("stdout")
                    .asText()).isEqualTo("next\n");
        }
    }

    /** Posts {@code body} to the gateway's {@code path}, closes the connection once the node runs it. */
    private static void abandon(RealPool pool, NodeProcess node, String path, String auth, String body)
            throws Exception {
        try (Socket client = new Socket("127.0.0.1", URI.create(pool.url()).getPort())) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = client.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            await().atMost(Duration.ofSeconds(60)).until(() -> node.busy() == 1);
        } // closed: the gateway's client is gone
        await().atMost(NOTICED).until(() -> node.busy() == 0);
    }

    private static long gatewayCounter(RealPool pool, String labels) {
        String metrics = new GatewayClient(pool.url()).bearer("GET", "/metrics", RealPool.TOKEN, null).body();
        Matcher sample = Pattern.compile("^labjudge_runs_cancelled_total\\{" + Pattern.quote(labels) + "} (\\d+)$",
                Pattern.MULTILINE).matcher(metrics);
        assertThat(sample.find()).as(metrics).isTrue();
        return Long.parseLong(sample.group(1));
    }
}
