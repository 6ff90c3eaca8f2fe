package org.labjudge.app.integration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.pool.Pool;
import org.labjudge.node.process.NodeProcess;

/**
 * The pool with three real executor nodes (child processes on loopback ports, Docker sandboxes) in its node list:
 * a class's 30 submissions are graded while one node is killed mid-run, every one gets its right verdict, and the
 * node, once restarted, gets work again ({@link NodeKilledMidGrade}). Needs the Docker engine, the runtime images
 * and the node's shaded jar (built by the reactor before this module, or named by $LABJUDGE_NODE_JAR).
 */
@Tag("docker")
class GradeWithRealNodesTest {

    @TempDir
    Path dir;

    private final List<NodeProcess> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        NodeProcess.stopAll(nodes);
    }

    @Test
    void thirtySubmissionsAreGradedRightWhileANodeIsKilledAndTheRestartedNodeIsUsedAgain() throws Exception {
        nodes.addAll(NodeProcess.startAll("n", 3, 2));
        NodeKilledMidGrade grade = NodeKilledMidGrade.write(dir);
        try (Pool pool = NodeKilledMidGrade.client(NodeProcess.writeNodeList(dir.resolve("nodes.json"), nodes))) {
            grade.gradeWhileKilling(pool, pool, nodes.get(1));
        }
    }
}
