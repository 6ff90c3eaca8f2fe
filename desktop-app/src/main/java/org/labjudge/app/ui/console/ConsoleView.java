package org.labjudge.app.ui.console;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The console pane: the transcript, a line to type the program's input in (Enter sends it, Ctrl+D ends input) and
 * Stop; bound to a {@link ConsoleModel}.
 */
public final class ConsoleView extends BorderPane {

    public ConsoleView(ConsoleModel model) {
        TextArea transcript = new TextArea();
        transcript.setId("consoleTranscript");
        transcript.setEditable(false);
        transcript.setWrapText(true);
        transcript.getStyleClass().add("console-transcript");
        transcript.textProperty().bind(model.transcriptProperty());
        transcript.textProperty().addListener((obs, old, now) -> transcript.positionCaret(now.length()));

        TextField input = new TextField();
        input.setId("consoleInput");
        input.setPromptText("Type the program's input; Enter sends the line, Ctrl+D ends input");
        input.disableProperty().bind(model.inputOpenProperty().not());
        input.setOnAction(e -> {
            model.submitLine(input.getText());
            input.clear();
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.D && e.isShortcutDown()) {
                if (!input.getText().isEmpty()) {
                    model.submitLine(input.getText());
                    input.clear();
                }
                model.endInput();
                e.consume();
            }
        });
        // Each session takes the keyboard to the input line, as a terminal does when a program starts.
        model.sessionsProperty().addListener((obs, was, now) -> {
            if (model.inputOpenProperty().get()) {
                input.requestFocus();
            }
        });

        Button stop = new Button("Stop");
        stop.setId("consoleStop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());

        Label status = new Label();
        status.setId("consoleStatus");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        HBox.setHgrow(input, Priority.ALWAYS);
        HBox line = new HBox(6, input, stop);
        line.setPadding(new Insets(4, 0, 4, 0));
        BorderPane bottomPart = new BorderPane(line, null, null, status, null);
        setCenter(transcript);
        setBottom(bottomPart);
        setPadding(new Insets(4));
    }
}
