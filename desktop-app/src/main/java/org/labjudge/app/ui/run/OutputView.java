package org.labjudge.app.ui.run;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The result of a batch run (Run > Batch run, or a Run that could not run live, with a note saying why): verdict,
 * stdout, stderr, exit code, time, memory and node; while Run runs live it says so.
 */
public final class OutputView extends VBox {

    private final Label verdict = new Label();
    private final Label note = new Label();
    private final Label exitCode = value("runExitCode");
    private final Label time = value("runTime");
    private final Label memory = value("runMemory");
    private final Label node = value("runNode");
    private final TextArea stdout = output("runStdout");
    private final TextArea stderr = output("runStderr");
    private final InvalidationListener onChange = o -> render();
    private RunModel model;

    public OutputView() {
        getStyleClass().add("output-view");
        setSpacing(6);
        setPadding(new Insets(6));
        verdict.setId("runVerdict");
        verdict.getStyleClass().add("result-banner");
        note.setId("runNote");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.addRow(0, caption("Exit code"), exitCode, caption("Time"), time, caption("Memory"), memory,
                caption("Node"), node);
        VBox out = new VBox(2, caption("stdout"), stdout);
        VBox err = new VBox(2, caption("stderr"), stderr);
        VBox.setVgrow(stdout, Priority.ALWAYS);
        VBox.setVgrow(stderr, Priority.ALWAYS);
        HBox streams = new HBox(6, out, err);
        HBox.setHgrow(out, Priority.ALWAYS);
        HBox.setHgrow(err, Priority.ALWAYS);
        VBox.setVgrow(streams, Priority.ALWAYS);
        getChildren().addAll(verdict, note, facts, streams);
    }

    /** Shows {@code model}'s plain run from now on (the active tab's). */
    public void follow(RunModel model) {
        if (this.model != null) {
            this.model.runProperty().removeListener(onChange);
            this.model.runMessageProperty().removeListener(onChange);
            this.model.batchNoteProperty().removeListener(onChange);
        }
        this.model = model;
        model.runProperty().addListener(onChange);
        model.runMessageProperty().addListener(onChange);
        model.batchNoteProperty().addListener(onChange);
        render();
    }

    private void render() {
        note.setText(model.batchNoteProperty().get());
        note.setVisible(model.batchNoteProperty().get() != null);
        RunResult result = model.runProperty().get();
        if (result == null) {
            showMessage(model.runMessageProperty().get());
        } else {
            show(result);
        }
    }

    /** Shows a run's only test (or the compilation, when it failed). */
    private void show(RunResult result) {
        VerdictStyles.apply(verdict, result.verdict());
        verdict.setText(VerdictStyles.label(result.verdict()));
        node.setText(result.nodeId() == null ? "\u2013" : result.nodeId());
        if (result.verdict() == Verdict.COMPILATION_ERROR || result.tests().isEmpty()) {
            exitCode.setText(result.compile() == null ? "\u2013" : String.valueOf(result.compile().exitCode()));
            time.setText(result.compile() == null ? "\u2013" : Formats.millis(result.compile().timeMs()));
            memory.setText("\u2013");
            stdout.setText(result.compile() == null ? "" : result.compile().stdout());
            stderr.setText(result.compile() == null ? "" : result.compile().stderr());
            return;
        }
        TestResult test = result.tests().get(0);
        exitCode.setText(test.exitCode() == null ? (test.signal() == null ? "\u2013" : test.signal())
                : String.valueOf(test.exitCode()));
        time.setText(Formats.millis(test.timeMs()));
        memory.setText(Formats.memory(test.memoryKb()));
        stdout.setText(test.stdout() == null ? "" : test.stdout());
        String err = test.stderr() == null ? "" : test.stderr();
        stderr.setText(test.message() == null || test.message().isBlank() ? err : test.message() + "\n" + err);
    }

    /** A plain message instead of a result (no node reachable, cancelled, ...): the last result's facts go. */
    private void showMessage(String message) {
        VerdictStyles.apply(verdict, null);
        verdict.setText(message == null ? "" : message);
        for (Label fact : new Label[] {exitCode, time, memory, node}) {
            fact.setText("\u2013");
        }
        stdout.clear();
        stderr.clear();
    }

    private static Label value(String id) {
        Label label = new Label("\u2013");
        label.setId(id);
        label.getStyleClass().add("fact-value");
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private static TextArea output(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("mono");
        area.setPrefRowCount(6);
        return area;
    }
}
