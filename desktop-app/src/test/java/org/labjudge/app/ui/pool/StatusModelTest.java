package org.labjudge.app.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;

/** The status line without a window: it follows the nodes' health, and a message about the pool goes with it. */
class StatusModelTest {

    private static NodeStatus node(NodeState state) {
        return new NodeStatus("lab-01", "http://127.0.0.1:7070", state, 3, 0, 2, List.of("python"),
                state == NodeState.UP ? null : "connection refused", List.of());
    }

    @Test
    void aNodeComingBackTakesBackTheNoNodeMessage() {
        StatusModel status = new StatusModel();
        status.showNodes(List.of(node(NodeState.DOWN)));
        status.showPoolProblem("No LabJudge node is reachable: lab-01 (connection refused)");
        assertThat(status.nodesProperty().get()).isEqualTo("No node reachable (0 of 1 up)");
        assertThat(status.errorProperty().get()).isTrue();

        status.showNodes(List.of(node(NodeState.UP)));

        assertThat(status.nodesProperty().get()).isEqualTo("Nodes: 1 of 1 up");
        assertThat(status.nodesOkProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).isEmpty();
        assertThat(status.errorProperty().get()).isFalse();
    }

    @Test
    void anotherMessageStaysWhenTheNodesChange() {
        StatusModel status = new StatusModel();
        status.showMessage("Saved /home/ada/sum.py", false);

        status.showNodes(List.of(node(NodeState.UP)));

        assertThat(status.messageProperty().get()).isEqualTo("Saved /home/ada/sum.py");
    }

    @Test
    void aBrokenNodeListSaysSoUntilANodeIsUp() {
        StatusModel status = new StatusModel();
        status.showNoPool("nodes.json: nodes[0].url: not an http(s) URL");
        assertThat(status.nodesProperty().get()).isEqualTo("No nodes");
        assertThat(status.messageProperty().get()).isEqualTo("nodes.json: nodes[0].url: not an http(s) URL");

        status.showNodes(List.of(node(NodeState.UP)));

        assertThat(status.messageProperty().get()).isEmpty();
    }
}
