package org.labjudge.app.ui.owntests;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.labjudge.app.ui.run.RunModel;
import org.labjudge.app.ui.run.TestRow;
import org.labjudge.app.ui.run.VerdictStyles;
import org.labjudge.protocol.Verdict;

/**
 * The "My tests" pane: the open problem's own tests with a pass/fail badge each (from the tab's last judging),
 * the selected one's input and expected output to edit, and Add, Duplicate, Delete and Run all.
 */
public final class OwnTestsView extends VBox {

    private final OwnTestsModel model;
    private final ListView<OwnTest> list = new ListView<>();
    private final TextArea input = area("ownTestInput", "Input (stdin)");
    private final TextArea expected = area("ownTestExpected", "Expected output (empty: only check that it runs)");
    private final InvalidationListener onRows = o -> list.refresh();
    private RunModel results;
    /** Set while the text areas are filled from the list (their change is no edit). */
    private boolean showing;
    /** Set while an edit replaces the list's item (the selection's flicker must not refill the text areas). */
    private boolean editing;

    public OwnTestsView(OwnTestsModel model, Runnable runAll) {
        this.model = model;
        getStyleClass().add("own-tests-view");
        setSpacing(4);
        setPadding(new Insets(4));
        list.setId("ownTests");
        list.setItems(model.tests());
        list.setPlaceholder(new Label("No tests of your own yet: Add one, or copy a sample."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(OwnTest test, boolean empty) {
                super.updateItem(test, empty);
                Verdict verdict = empty || test == null ? null : verdictOf(test.name());
                VerdictStyles.apply(this, verdict);
                getStyleClass().remove("badge-pass");
                getStyleClass().remove("badge-fail");
                if (empty || test == null) {
                    setText(null);
                } else if (verdict == null) {
                    setText(test.name());
                } else {
                    getStyleClass().add(verdict.passed() ? "badge-pass" : "badge-fail");
                    setText((verdict.passed() ? "\u2714 " : "\u2718 ") + test.name() + "  " + VerdictStyles.label(verdict));
                }
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> showSelected());
        input.textProperty().addListener(o -> edited());
        expected.textProperty().addListener(o -> edited());

        Button add = button("ownTestAdd", "Add", () -> select(model.add(null)));
        Button duplicate = button("ownTestDuplicate", "Duplicate", () -> selectedIndex()
                .ifPresent(i -> select(model.duplicate(i))));
        Button delete = button("ownTestDelete", "Delete", () -> selectedIndex().ifPresent(model::delete));
        Button run = button("ownTestRunAll", "\u2714 Run all (samples + mine)", runAll);
        duplicate.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());

        VBox editor = new VBox(2, caption("Input"), input, caption("Expected output"), expected);
        VBox.setVgrow(input, Priority.ALWAYS);
        VBox.setVgrow(expected, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, editor);
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(new ToolBar(add, duplicate, delete, run), split);
        showSelected();
    }

    public ListView<OwnTest> list() {
        return list;
    }

    /** Badges come from {@code model}'s judging (the active tab's). */
    public void follow(RunModel runs) {
        if (results != null) {
            results.rows().removeListener(onRows);
        }
        results = runs;
        runs.rows().addListener(onRows);
        list.refresh();
    }

    private Verdict verdictOf(String name) {
        if (results == null) {
            return null;
        }
        return results.rows().stream().filter(row -> row.name().equals(name)).map(TestRow::result)
                .map(r -> r.verdict()).findFirst().orElse(null);
    }

    private java.util.Optional<Integer> selectedIndex() {
        int index = list.getSelectionModel().getSelectedIndex();
        return index < 0 ? java.util.Optional.empty() : java.util.Optional.of(index);
    }

    private void select(int index) {
        list.getSelectionModel().select(index);
        input.requestFocus();
    }

    private void showSelected() {
        if (editing) {
            return;
        }
        OwnTest test = list.getSelectionModel().getSelectedItem();
        showing = true;
        input.setText(test == null ? "" : test.input());
        expected.setText(test == null ? "" : test.expected());
        input.setDisable(test == null);
        expected.setDisable(test == null);
        showing = false;
    }

    private void edited() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (!showing && !editing && index >= 0) {
            editing = true;
            try {
                model.edit(index, input.getText(), expected.getText());
                list.getSelectionModel().select(index);
            } finally {
                editing = false;
            }
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.getStyleClass().add("mono");
        return area;
    }
}
