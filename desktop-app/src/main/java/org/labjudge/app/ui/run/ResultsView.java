package org.labjudge.app.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The result of judging (Ctrl+Shift+Enter): the overall verdict, one row per test with its verdict in colour,
 * time and memory, and the diff of the selected test, the first failed one selected at first.
 */
public final class ResultsView extends VBox {

    private final Label banner = new Label("Judge your program against all the problem's tests with Ctrl+Shift+Enter.");
    private final TableView<TestRow> table = new TableView<>();
    private final DiffView diff = new DiffView();

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

    /**
     * Shows {@code result} of {@code request}; tests named in {@code secretNames} are secret. The first failed
     * test is selected, so its diff is on screen at once.
     */
    public void show(RunRequest request, RunResult result, Set<String> secretNames) {
        VerdictStyles.apply(banner, result.verdict());
        long passed = result.tests().stream().filter(TestResult::passed).count();
        String summary = VerdictStyles.label(result.verdict());
        if (result.verdict() == Verdict.COMPILATION_ERROR) {
            summary += ": see the compile errors";
        } else if (!result.tests().isEmpty()) {
            summary += "  \u2013  " + passed + " of " + result.tests().size() + " tests passed";
        }
        if (result.nodeId() != null) {
            summary += "  \u2013  on " + result.nodeId();
        }
        banner.setText(summary);
        List<TestRow> rows = new ArrayList<>();
        for (int i = 0; i < result.tests().size(); i++) {
            TestResult test = result.tests().get(i);
            TestCase source = find(request.tests(), test.name(), i);
            rows.add(new TestRow(test, source, secretNames.contains(test.name())));
        }
        table.getItems().setAll(rows);
        rows.stream().filter(row -> !row.result().passed() && row.result().verdict() != Verdict.SKIPPED)
                .findFirst()
                .ifPresentOrElse(row -> table.getSelectionModel().select(row), () -> {
                    table.getSelectionModel().clearSelection();
                    diff.clear();
                });
    }

    /** Shows a plain message (no problem open, no node reachable, cancelled, ...). */
    public void showMessage(String message) {
        VerdictStyles.apply(banner, null);
        banner.setText(message);
    }

    /** The names of {@code tests}, as a set. */
    public static Set<String> names(List<TestCase> tests) {
        return tests.stream().map(TestCase::name).collect(Collectors.toSet());
    }

    private static TestCase find(List<TestCase> tests, String name, int index) {
        for (TestCase test : tests) {
            if (test.name() != null && test.name().equals(name)) {
                return test;
            }
        }
        return index < tests.size() ? tests.get(index) : null;
    }
}
