package org.labjudge.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.pool.Pool;
import org.labjudge.gateway.RealPool;

/**
 * The desktop pool's node-killed-mid-grade test ({@link NodeKilledMidGrade}, as {@link GradeWithRealNodesTest}
 * runs it) with a gateway between: the teacher's pool client has the gateway as its one node (it speaks v1), the
 * gateway has three real nodes, and one of them is SIGKILLed while the gateway has runs in flight on it. The
 * gateway's failover must hide the kill: every verdict right, none lost, and the restarted node used again; and
 * the gateway finished each run once and answered none with a 5xx, so no retry of the client's did its work.
 * Needs the Docker engine, the runtime images and the node's shaded jar.
 */
@Tag("docker")
class GradeThroughGatewayTest {

    @TempDir
    Path dir;

    @Test
    void thirtySubmissionsGradedThroughAGatewayAreRightWhileOneOfItsNodesIsKilledAndTheRestartedNodeIsUsedAgain()
            throws Exception {
        NodeKilledMidGrade grade = NodeKilledMidGrade.write(dir);
        try (RealPool gateway = RealPool.start(dir, 3, 2);
             Pool client = NodeKilledMidGrade.client(gateway.writeClientNodeList(dir.resolve("gateway.json")))) {
            int runs = grade.gradeWhileKilling(client, gateway.gateway.pool(), gateway.nodes.get(1));

            // The gateway hid the kill itself: the client's own retries (it may ask its one node again) were not
            // needed. The gateway finished each run it was asked for once and answered none with an error.
            assertThat(gateway.counter("labjudge_runs_total", labels -> labels.contains("frontend=\"v1\"")))
                    .as("runs the gateway finished").isEqualTo(runs);
            assertThat(gateway.counter("labjudge_http_responses_total", labels -> labels.startsWith("status=\"5")))
                    .as("the gateway's 5xx answers").isZero();
        }
    }
}
