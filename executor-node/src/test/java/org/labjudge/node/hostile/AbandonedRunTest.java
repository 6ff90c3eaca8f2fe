package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;

/**
 * A client that closes its connection while its run goes on (Ctrl+C in {@code labjudge grade}, a gateway's client
 * gone) does not leave the run taking a slot: the node notices the closed connection, kills the program with its
 * sandbox, frees the slot and counts the run as cancelled, on both the plain and the streamed runs endpoint. A
 * real node, Docker sandboxes, a raw socket on loopback that is closed mid-run.
 */
@Tag("docker")
class AbandonedRunTest {
    /** Would run for a minute: only a kill ends it sooner. */
    private static final String ENDLESS = "{\"language\":\"bash\",\"source\":\"while true; do sleep 0.1; done\\n\","
            + "\"limits\":{\"timeMs\":20000,\"wallTimeMs\":60000}}";
    /** How long the node may take to notice and free the slot: a few of its looks at the connection. */
    private static final Duration NOTICED = Duration.ofSeconds(5);

    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("slots", 1).set("languages", List.of("bash")));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aPlainRunWhoseClientClosesTheConnectionIsKilledAndItsSlotFreed() throws Exception {
        abandonAndCheck("/api/v1/runs");
    }

    @Test
    void aStreamedRunWhoseClientClosesTheConnectionIsKilledAndItsSlotFreed() throws Exception {
        abandonAndCheck("/api/v1/runs/stream");
    }

    /** Posts the endless run to {@code path}, closes the connection once it runs, checks it is gone. */
    private static void abandonAndCheck(String path) throws Exception {
        long cancelledBefore = cancelled();
        String program;
        try (Socket client = new Socket("127.0.0.1", node.uri("").getPort())) {
            byte[] body = ENDLESS.getBytes(StandardCharsets.UTF_8);
            OutputStream out = client.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            program = await().atMost(Duration.ofSeconds(60)).until(() -> containerRunning("sleep"), id -> id != null);
            assertThat(busy()).isEqualTo(1);
        } // closed: the client is gone

        await().atMost(NOTICED).until(() -> busy() == 0);
        if (HostileNode.UNDER_GVISOR) {
            // The host sees only gVisor's own processes; its kernel's list is the program's.
            assertThat(HostileNode.processesIn(program)).as("the killed run's container").doesNotContain("sleep");
        } else {
            assertThat(HostileNode.processesByContainer()).as("the killed run's container").doesNotContainKey(program);
        }
        assertThat(containerRunning("sleep")).as("a container of the node still running the loop").isNull();
        assertThat(cancelled()).isEqualTo(cancelledBefore + 1);
        assertThat(node.get("/metrics").body()).as("a cancelled run is no verdict").doesNotContain("INTERNAL_ERROR");
        // The slot serves the next run as usual.
        HttpResponseCheck.ok(node.post("/api/v1/runs", "{\"language\":\"bash\",\"source\":\"echo next\\n\"}"));
    }

    /** The node's count of v1 runs cancelled for a client gone. */
    private static long cancelled() {
        String name = "labjudge_runs_cancelled_total{frontend=\"v1\"} ";
        return node.get("/metrics").body().lines().filter(l -> l.startsWith(name))
                .mapToLong(l -> Long.parseLong(l.substring(name.length()))).findFirst().orElseThrow();
    }

    private static int busy() throws Exception {
        JsonNode info = node.json.readTree(node.get("/api/v1/info").body());
        return info.get("busy").asInt();
    }

    /** The node's container in which a process named {@code processName} runs, or {@code null}. */
    private static String containerRunning(String processName) {
        return node.containers().stream()
                .filter(id -> HostileNode.processesIn(id).contains(processName))
                .findFirst().orElse(null);
    }

    /** The next run's answer. */
    private static final class HttpResponseCheck {
        static void ok(java.net.http.HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"verdict\":\"OK\"", "\"stdout\":\"next\\n\"");
        }
    }
}
