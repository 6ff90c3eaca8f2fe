package org.labjudge.app.ui.pool;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;

/**
 * What the status bar says (a view-model: properties, no controls): how many nodes are up, which node ran the
 * last run, and one message. A message about the pool (no node reachable, a broken node list) is taken back as
 * soon as a node is up again, so it never sits beside "1 of 1 up". UI thread.
 */
public final class StatusModel {

    private final StringProperty nodes = new SimpleStringProperty(this, "nodes", "Connecting to the nodes\u2026");
    private final BooleanProperty nodesOk = new SimpleBooleanProperty(this, "nodesOk");
    private final StringProperty lastNode = new SimpleStringProperty(this, "lastNode", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty error = new SimpleBooleanProperty(this, "error");
    private final StringProperty caret = new SimpleStringProperty(this, "caret", "");
    /** Whether the message is about the pool being unusable, so a node coming up takes it back. */
    private boolean poolMessage;

    public StringProperty nodesProperty() {
        return nodes;
    }

    public BooleanProperty nodesOkProperty() {
        return nodesOk;
    }

    public StringProperty lastNodeProperty() {
        return lastNode;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty errorProperty() {
        return error;
    }

    public StringProperty caretProperty() {
        return caret;
    }

    /** The nodes' latest statuses. */
    public void showNodes(List<NodeStatus> statuses) {
        long up = statuses.stream().filter(s -> s.state() == NodeState.UP).count();
        nodesOk.set(up > 0);
        if (statuses.isEmpty()) {
            nodes.set("No nodes listed");
        } else if (up == 0) {
            nodes.set("No node reachable (0 of " + statuses.size() + " up)");
        } else {
            nodes.set("Nodes: " + up + " of " + statuses.size() + " up");
        }
        if (up > 0 && poolMessage) {
            showMessage("", false);
        }
    }

    /** There is no pool at all (for example a broken node list): {@code reason} says why. */
    public void showNoPool(String reason) {
        nodesOk.set(false);
        nodes.set("No nodes");
        showPoolProblem(reason);
    }

    /** A run failed because of the pool (no node up, none reachable): shown until a node is up. */
    public void showPoolProblem(String reason) {
        showMessage(reason, true);
        poolMessage = true;
    }

    public void showLastNode(String node) {
        lastNode.set(node == null ? "" : "Last run: " + node);
    }

    public void showCaret(int line, int column) {
        caret.set("Ln " + line + ", Col " + column);
    }

    /** A message; an error is shown in the error colour. */
    public void showMessage(String text, boolean isError) {
        poolMessage = false;
        error.set(isError);
        message.set(text == null ? "" : text);
    }
}
