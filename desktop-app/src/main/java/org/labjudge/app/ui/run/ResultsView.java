package org.labjudge.app.ui.run;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.Verdict;

/**
 * The result of judging (Ctrl+Shift+Enter): the overall verdict, one row per test with its verdict in colour,
 * time and memory, and the diff of the selected test, the first failed one selected at first.
 */
public final class ResultsView extends VBox {

    private final Label banner = new Label("Judge your program against all the problem's tests with Ctrl+Shift+Enter.");
    private final TableView<TestRow> table = new TableView<>();
    private final DiffView diff = new DiffView();
    private final InvalidationListener onBanner = o -> showBanner();
    private final InvalidationListener onRows = o -> showRows();
    private RunModel model;

    public ResultsView() {
        getStyleClass().add("results-view");
        setSpacing(4);
        setPadding(new Insets(4));
        banner.setId("verdictBanner");
        banner.getStyleClass().add("result-banner");
        table.setId("resultsTable");
        table.setPlaceholder(new Label("No results yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TestRow, String> name = new TableColumn<>("Test");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        TableColumn<TestRow, Verdict> verdict = new TableColumn<>("Verdict");
        verdict.setId("verdictColumn");
        verdict.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().result().verdict()));
        verdict.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict item, boolean empty) {
                super.updateItem(item, empty);
                VerdictStyles.apply(this, empty ? null : item);
                setText(empty || item == null ? null : VerdictStyles.label(item));
            }
        });
        TableColumn<TestRow, String> time = new TableColumn<>("Time");
        time.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Formats.millis(cell.getValue().result().timeMs())));
        TableColumn<TestRow, String> memory = new TableColumn<>("Memory");
        memory.setCellValueFactory(cell ->
                new ReadOnlyStringWrapper(Formats.memory(cell.getValue().result().memoryKb())));
        table.getColumns().addAll(List.of(name, verdict, time, memory));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> diff.show(row));

        SplitPane split = new SplitPane(table, diff);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(banner, split);
    }

    public TableView<TestRow> table() {
        return table;
    }

    public DiffView diff() {
        return diff;
    }

    /** Shows {@code model}'s judging from now on (the active tab's); the first failed test's diff is shown. */
    public void follow(RunModel model) {
        if (this.model != null) {
            this.model.bannerProperty().removeListener(onBanner);
            this.model.rows().removeListener(onRows);
        }
        this.model = model;
        model.bannerProperty().addListener(onBanner);
        model.rows().addListener(onRows);
        showBanner();
        showRows();
    }

    private void showBanner() {
        VerdictStyles.apply(banner, model.bannerVerdictProperty().get());
        banner.setText(model.bannerProperty().get());
    }

    /** The rows as they are now: the selected test stays selected, else the first failed one is. */
    private void showRows() {
        TestRow previous = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(model.rows());
        TestRow kept = previous == null ? null
                : model.rows().stream().filter(row -> row.name().equals(previous.name())).findFirst().orElse(null);
        TestRow first = kept != null ? kept : model.firstFailure();
        if (first != null) {
            table.getSelectionModel().select(first);
        } else {
            table.getSelectionModel().clearSelection();
            diff.clear();
        }
    }

    /** The names of {@code tests}, as a set. */
    public static Set<String> names(List<TestCase> tests) {
        return tests.stream().map(TestCase::name).collect(Collectors.toSet());
    }
}
