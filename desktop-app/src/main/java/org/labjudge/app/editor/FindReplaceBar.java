package org.labjudge.app.editor;

import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/** The find and replace bar above an editor: Enter finds the next match, Escape closes the bar. */
public final class FindReplaceBar extends VBox {

    private final CodeArea area;
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label status = new Label();

    FindReplaceBar(CodeArea area) {
        this.area = area;
        getStyleClass().add("find-bar");
        setSpacing(4);
        setPadding(new Insets(4, 8, 4, 8));

        findField.setId("findField");
        findField.setPromptText("Find");
        replaceField.setId("replaceField");
        replaceField.setPromptText("Replace with");
        status.setId("findStatus");
        status.setMinWidth(80);

        Button previous = button("findPrevious", "Previous", this::findPrevious);
        Button next = button("findNext", "Next", this::findNext);
        Button replace = button("replaceOne", "Replace", this::replaceOne);
        Button replaceAll = button("replaceAll", "Replace all", this::replaceAll);
        Button close = button("findClose", "\u2715", this::close);

        findField.setOnAction(e -> findNext());
        replaceField.setOnAction(e -> replaceOne());
        findField.textProperty().addListener((obs, old, now) -> updateCount());
        matchCase.selectedProperty().addListener((obs, old, now) -> updateCount());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        Label findLabel = new Label("Find:");
        Label replaceLabel = new Label("Replace:");
        findLabel.setMinWidth(60);
        replaceLabel.setMinWidth(60);
        HBox.setHgrow(findField, Priority.ALWAYS);
        HBox.setHgrow(replaceField, Priority.ALWAYS);
        findField.setMaxWidth(360);
        replaceField.setMaxWidth(360);
        HBox findRow = row(findLabel, findField, previous, next, matchCase, status, close);
        HBox replaceRow = row(replaceLabel, replaceField, replace, replaceAll);
        getChildren().addAll(findRow, replaceRow);
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar with the selection (if any, on one line) as the query, and focuses the find field. */
    public void open() {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            findField.setText(selected);
        }
        setVisible(true);
        setManaged(true);
        findField.requestFocus();
        findField.selectAll();
        updateCount();
    }

    public void close() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    public TextField findField() {
        return findField;
    }

    public TextField replaceField() {
        return replaceField;
    }

    /** Selects the next match after the caret, wrapping around. */
    public void findNext() {
        OptionalInt at = TextSearch.next(area.getText(), query(), area.getSelection().getEnd(), matchCase.isSelected());
        select(at);
    }

    public void findPrevious() {
        OptionalInt at = TextSearch.previous(area.getText(), query(), area.getSelection().getStart(),
                matchCase.isSelected());
        select(at);
    }

    /** Replaces the selected match (if the selection is one) and moves to the next. */
    public void replaceOne() {
        String selected = area.getSelectedText();
        boolean isMatch = matchCase.isSelected() ? selected.equals(query()) : selected.equalsIgnoreCase(query());
        if (!query().isEmpty() && isMatch) {
            area.replaceSelection(replaceField.getText());
        }
        findNext();
        updateCount();
    }

    /** Replaces every match in one undoable edit. */
    public void replaceAll() {
        String text = area.getText();
        int count = TextSearch.count(text, query(), matchCase.isSelected());
        if (count == 0) {
            status.setText("No matches");
            return;
        }
        area.replaceText(TextSearch.replaceAll(text, query(), replaceField.getText(), matchCase.isSelected()));
        status.setText("Replaced " + count);
    }

    private void select(OptionalInt at) {
        if (at.isEmpty()) {
            status.setText(query().isEmpty() ? "" : "No matches");
            return;
        }
        area.selectRange(at.getAsInt(), at.getAsInt() + query().length());
        area.requestFollowCaret();
        updateCount();
    }

    private void updateCount() {
        int count = TextSearch.count(area.getText(), query(), matchCase.isSelected());
        status.setText(query().isEmpty() ? "" : count == 0 ? "No matches" : count + (count == 1 ? " match" : " matches"));
    }

    private String query() {
        return findField.getText() == null ? "" : findField.getText();
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node node : nodes) {
            if (node instanceof Button || node instanceof CheckBox) {
                ((javafx.scene.control.Control) node).setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }
        }
        return row;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
