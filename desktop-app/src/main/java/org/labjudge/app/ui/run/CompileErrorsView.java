package org.labjudge.app.ui.run;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.labjudge.protocol.CompileResult;

/**
 * The compiler's messages with their line numbers; clicking one (or Enter on it) moves the editor's caret
 * there. The raw compiler output is shown below for what the parser did not pick up.
 */
public final class CompileErrorsView extends VBox {

    private final Label title = new Label("No compile errors.");
    private final ListView<CompilerMessage> list = new ListView<>();
    private final TextArea raw = new TextArea();
    private final javafx.beans.InvalidationListener onChange = o -> render();
    private RunModel model;

    public CompileErrorsView(Consumer<CompilerMessage> goTo) {
        getStyleClass().add("compile-errors-view");
        setSpacing(4);
        setPadding(new Insets(4));
        title.setId("compileTitle");
        list.setId("compileErrors");
        list.setPlaceholder(new Label("No line-numbered messages"));
        list.setOnMouseClicked(e -> {
            CompilerMessage message = list.getSelectionModel().getSelectedItem();
            if (message != null) {
                goTo.accept(message);
            }
        });
        list.setOnKeyPressed(e -> {
            CompilerMessage message = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && message != null) {
                goTo.accept(message);
            }
        });
        raw.setId("compileOutput");
        raw.setEditable(false);
        raw.getStyleClass().add("mono");
        SplitPane split = new SplitPane(list, raw);
        split.setOrientation(Orientation.VERTICAL);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, split);
    }

    public ListView<CompilerMessage> list() {
        return list;
    }

    /** Shows {@code model}'s failed compilation from now on (the active tab's). */
    public void follow(RunModel model) {
        if (this.model != null) {
            this.model.compileFailureProperty().removeListener(onChange);
        }
        this.model = model;
        model.compileFailureProperty().addListener(onChange);
        render();
    }

    private void render() {
        CompileResult failed = model.compileFailureProperty().get();
        if (failed == null) {
            clear();
        } else {
            show(failed);
            list.getSelectionModel().selectFirst();
        }
    }

    /** Shows a failed compilation; returns whether there was anything to show. */
    private boolean show(CompileResult compile) {
        String output = CompilerMessages.output(compile);
        list.getItems().setAll(model.compileMessagesProperty().get());
        raw.setText(output);
        title.setText(list.getItems().isEmpty() ? "The compiler failed:" : "Compile errors (click one to go to its line):");
        return !output.isEmpty();
    }

    private void clear() {
        list.getItems().clear();
        raw.clear();
        title.setText("No compile errors.");
    }
}
