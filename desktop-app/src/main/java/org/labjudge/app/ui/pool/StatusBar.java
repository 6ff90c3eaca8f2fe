package org.labjudge.app.ui.pool;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;

/**
 * The bottom line of the window: how many nodes are up, which node ran the last run, a message, and while a
 * run is in flight a progress indicator and a Cancel button.
 */
public final class StatusBar extends HBox {

    private final Label nodes = new Label("Connecting to the nodes\u2026");
    private final Label lastNode = new Label();
    private final Label message = new Label();
    private final Label caret = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button cancel = new Button("Cancel");

    public StatusBar(ObservableBooleanValue running, Runnable onCancel) {
        getStyleClass().add("status-bar");
        setSpacing(12);
        setPadding(new Insets(2, 8, 2, 8));
        setAlignment(Pos.CENTER_LEFT);
        nodes.setId("nodesStatus");
        lastNode.setId("lastNode");
        message.setId("statusMessage");
        message.getStyleClass().add("status-message");
        caret.setId("caretPosition");
        progress.setId("runProgress");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        cancel.setId("cancelButton");
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        cancel.setOnAction(e -> onCancel.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        message.setMinWidth(0);
        getChildren().addAll(nodes, lastNode, progress, cancel, message, spacer, caret);
    }

    /** Shows the node counts of {@code statuses}. */
    public void showNodes(List<NodeStatus> statuses) {
        long up = statuses.stream().filter(s -> s.state() == NodeState.UP).count();
        nodes.getStyleClass().removeAll("nodes-ok", "nodes-down");
        nodes.getStyleClass().add(up > 0 ? "nodes-ok" : "nodes-down");
        if (statuses.isEmpty()) {
            nodes.setText("No nodes listed");
        } else if (up == 0) {
            nodes.setText("No node reachable (0 of " + statuses.size() + " up)");
        } else {
            nodes.setText("Nodes: " + up + " of " + statuses.size() + " up");
        }
    }

    /** Shows that there is no pool at all (for example a broken node list). */
    public void showNoPool(String reason) {
        nodes.getStyleClass().removeAll("nodes-ok", "nodes-down");
        nodes.getStyleClass().add("nodes-down");
        nodes.setText("No nodes");
        showMessage(reason, true);
    }

    public void showLastNode(String node) {
        lastNode.setText(node == null ? "" : "Last run: " + node);
    }

    public void showCaret(int line, int column) {
        caret.setText("Ln " + line + ", Col " + column);
    }

    /** A message; an error is shown in the error colour. */
    public void showMessage(String text, boolean error) {
        message.setText(text == null ? "" : text);
        message.getStyleClass().remove("status-error");
        if (error) {
            message.getStyleClass().add("status-error");
        }
    }
}
