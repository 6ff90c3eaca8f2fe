package org.labjudge.app.ui.pool;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line of the window, bound to a {@link StatusModel}: how many nodes are up, which node ran the last
 * run, a message, the caret, and while a run is in flight a progress indicator and a Cancel button.
 */
public final class StatusBar extends HBox {

    public StatusBar(StatusModel model, ObservableBooleanValue running, Runnable onCancel) {
        getStyleClass().add("status-bar");
        setSpacing(12);
        setPadding(new Insets(2, 8, 2, 8));
        setAlignment(Pos.CENTER_LEFT);
        Label nodes = new Label();
        nodes.setId("nodesStatus");
        nodes.textProperty().bind(model.nodesProperty());
        model.nodesOkProperty().addListener((obs, old, ok) -> styleNodes(nodes, ok));
        styleNodes(nodes, model.nodesOkProperty().get());
        Label lastNode = new Label();
        lastNode.setId("lastNode");
        lastNode.textProperty().bind(model.lastNodeProperty());
        Label message = new Label();
        message.setId("statusMessage");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(model.messageProperty());
        model.errorProperty().addListener((obs, old, error) -> styleMessage(message, error));
        Label caret = new Label();
        caret.setId("caretPosition");
        caret.textProperty().bind(model.caretProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("runProgress");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        Button cancel = new Button("Cancel");
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

    private static void styleNodes(Label nodes, boolean ok) {
        nodes.getStyleClass().removeAll("nodes-ok", "nodes-down");
        nodes.getStyleClass().add(ok ? "nodes-ok" : "nodes-down");
    }

    private static void styleMessage(Label message, boolean error) {
        message.getStyleClass().remove("status-error");
        if (error) {
            message.getStyleClass().add("status-error");
        }
    }
}
