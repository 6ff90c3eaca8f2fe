package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.Verdict;

/**
 * The Docker engine stops under a running node: health says DOWN and runs are refused with 503
 * within 2 s; the engine comes back: the node recovers by itself, without a restart. Last of all
 * test classes, since with -Dlabjudge.hostile.sharedEngine=true it stops this machine's engine.
 */
@Tag("docker")
@Order(Integer.MAX_VALUE)
class EngineFaultTest {

    @Test
    void aStoppedEngineIsReportedAndANewOneIsUsedWithoutARestart() throws Exception {
        String nodeId = "engine-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestEngine engine = TestEngine.choose(); RunningNodeFixture node = startNode(engine, nodeId)) {
            HostileNode.awaitLanguages(node, List.of("bash"));
            assertThat(node.run(RunRequest.of("bash", "echo before")).verdict()).isEqualTo(Verdict.OK);

            engine.stop();
            long stopped = System.nanoTime();
            // Waits longer than the 2 s allowed, so a slow node is measured and the recovery still checked.
            TestEngine.awaitTrue(() -> node.get("/api/v1/health").statusCode() == 503, Duration.ofSeconds(60),
                    "health says DOWN");
            long downMs = (System.nanoTime() - stopped) / 1_000_000;
            HttpResponse<String> refused = node.post("/api/v1/runs", "{\"language\":\"bash\",\"source\":\"echo x\"}");
            long refusedMs = (System.nanoTime() - stopped) / 1_000_000;

            System.out.printf("engine stopped: health DOWN after %d ms, a run refused after %d ms%n", downMs, refusedMs);
            SoftAssertions timely = new SoftAssertions();
            timely.assertThat(downMs).as("ms from the engine refusing connections to health DOWN").isLessThanOrEqualTo(2000);
            timely.assertThat(refusedMs).as("ms from the engine refusing connections to a run answered 503")
                    .isLessThanOrEqualTo(2000);
            assertThat(node.get("/api/v1/health").body()).contains("\"status\":\"DOWN\"");
            assertThat(refused.statusCode()).as(refused::body).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));

            engine.awaitGone();
            engine.start();
            TestEngine.awaitTrue(() -> node.get("/api/v1/health").statusCode() == 200, Duration.ofSeconds(30),
                    "health says UP again");
            HostileNode.awaitLanguages(node, List.of("bash"));
            assertThat(node.run(RunRequest.of("bash", "echo after")).tests().get(0).stdout()).isEqualTo("after\n");
            // The containers the stopped engine left (stopped, not removed) were cleared on recovery.
            TestEngine.awaitTrue(() -> psOf(engine, nodeId).lines().allMatch(l -> l.endsWith(" running")),
                    Duration.ofSeconds(15), "only running sandboxes are left: " + psOf(engine, nodeId));
            timely.assertAll();
        }
    }

    /** A node whose Docker clients talk to {@code engine} (docker-java reads DOCKER_HOST from system properties). */
    private static RunningNodeFixture startNode(TestEngine engine, String nodeId) {
        if (engine.dockerHost() == null) {
            return new RunningNodeFixture(b -> b.set("nodeId", nodeId).set("slots", 1));
        }
        String before = System.getProperty("DOCKER_HOST");
        System.setProperty("DOCKER_HOST", engine.dockerHost());
        try {
            return new RunningNodeFixture(b -> b.set("nodeId", nodeId).set("slots", 1));
        } finally {
            if (before == null) {
                System.clearProperty("DOCKER_HOST");
            } else {
                System.setProperty("DOCKER_HOST", before);
            }
        }
    }

    private static String psOf(TestEngine engine, String nodeId) {
        return HostileNode.command(engine.docker("ps", "-a", "--filter", "label=org.labjudge.node=" + nodeId,
                "--format", "{{.ID}} {{.State}}").toArray(String[]::new));
    }
}
