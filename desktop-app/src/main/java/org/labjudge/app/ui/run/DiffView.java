package org.labjudge.app.ui.run;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.labjudge.app.ui.problem.DialogueText;

/** Expected and actual output of one test side by side, differing lines coloured. */
public final class DiffView extends VBox {

    private final Label title = new Label("Select a failed test to compare its output with the expected output.");
    private final Label note = new Label();
    private final TableView<DiffLine> table = new TableView<>();
    private final TextArea dialogue = new TextArea();

    public DiffView() {
        getStyleClass().add("diff-view");
        setSpacing(4);
        setPadding(new Insets(4));
        title.setId("diffTitle");
        note.setId("diffNote");
        note.setWrapText(true);
        table.setId("diffTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
        table.getColumns().add(number("#", true));
        table.getColumns().add(text("Expected", true));
        table.getColumns().add(number("#", false));
        table.getColumns().add(text("Actual", false));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(DiffLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-same", "diff-changed", "diff-missing", "diff-extra");
                if (!empty && line != null) {
                    getStyleClass().add("diff-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        // The dialogue gives up room before the note does: the note carries the interactor's feedback.
        note.setMinHeight(Region.USE_PREF_SIZE);
        dialogue.setId("diffDialogue");
        dialogue.setEditable(false);
        dialogue.getStyleClass().add("mono");
        VBox.setVgrow(dialogue, Priority.ALWAYS);
        showDialogue(false);
        getChildren().addAll(title, table, dialogue, note);
    }

    public TableView<DiffLine> table() {
        return table;
    }

    /** Shows the diff of {@code row}'s expected and actual output (or why there is none). */
    public void show(TestRow row) {
        if (row == null) {
            clear();
            return;
        }
        String actual = row.shownOutput();
        note.setText(row.note());
        showDialogue(false);
        if (row.secret()) {
            title.setText("Test " + row.name() + " (" + row.verdictText()
                    + "): a secret test; its data and your output on it are not shown.");
            table.getItems().clear();
            return;
        }
        if (row.interactive()) {
            // The program's output went to the interactor, and a sample's input is the interactor's secret.
            title.setText("Test " + row.name() + " (" + row.verdictText() + "), against the interactor: "
                    + (row.dialogue() == null ? "this sample has no dialogue to show." : "the sample's dialogue."));
            table.getItems().clear();
            dialogue.setText(row.dialogue() == null ? "" : DialogueText.of(row.dialogue()));
            showDialogue(row.dialogue() != null);
            return;
        }
        if (row.test() == null || row.test().expected() == null) {
            title.setText("Test " + row.name() + " (" + row.verdictText()
                    + "): no expected output to compare with. Your output:");
            table.getItems().setAll(LineDiff.compare("", actual).stream()
                    .map(line -> new DiffLine(0, "", line.actualNumber(), line.actual(), DiffLine.Kind.SAME)).toList());
            return;
        }
        List<DiffLine> rows = LineDiff.compare(row.test().expected(), actual);
        title.setText("Test " + row.name() + " (" + row.verdictText() + "): "
                + (LineDiff.identical(rows) ? "the output matches line by line" : "expected on the left, yours on the right"));
        table.getItems().setAll(rows);
    }

    public void clear() {
        title.setText("Select a failed test to compare its output with the expected output.");
        note.setText("");
        table.getItems().clear();
        showDialogue(false);
    }

    /** The dialogue in place of the diff table, or the table. */
    private void showDialogue(boolean shown) {
        dialogue.setVisible(shown);
        dialogue.setManaged(shown);
        table.setVisible(!shown);
        table.setManaged(!shown);
    }

    private static TableColumn<DiffLine, String> number(String name, boolean expected) {
        TableColumn<DiffLine, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> {
            int n = expected ? cell.getValue().expectedNumber() : cell.getValue().actualNumber();
            return new ReadOnlyStringWrapper(n == 0 ? "" : String.valueOf(n));
        });
        column.setPrefWidth(40);
        column.setMaxWidth(60);
        column.setSortable(false);
        column.getStyleClass().add("line-number-column");
        return column;
    }

    private static TableColumn<DiffLine, String> text(String name, boolean expected) {
        TableColumn<DiffLine, String> column = new TableColumn<>(name);
        column.setId(expected ? "diffExpected" : "diffActual");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                expected ? cell.getValue().expected() : cell.getValue().actual()));
        column.setSortable(false);
        column.getStyleClass().add("mono-column");
        return column;
    }
}
