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
 * time and memory, and the diff of the selected test, the first failed one selected at first. A scoring
 * problem's judging also shows its total (in the banner) and a table of its groups' scores, and the tests' scores; a custom
 * validator's feedback to the student gets a column of its own. Columns and tables that would be empty are hidden.
 */
public final class ResultsView extends VBox {

    private final Label banner = new Label("Judge your program against all the problem's tests with Ctrl+Shift+Enter.");
    private final TableView<TestRow> table = new TableView<>();
    private final TableView<GroupScoreRow> groups = new TableView<>();
    private final TableColumn<TestRow, String> score = new TableColumn<>("Score");
    private final TableColumn<TestRow, String> feedback = new TableColumn<>("Feedback");
    private final InvalidationListener onScores = o -> showScores();
    private final DiffView diff = new DiffView();
    private final InvalidationListener onBanner = o -> showBanner();
    private final InvalidationListener onRows = o -> showRows();
    private RunModel model;

    private static final double GROUP_ROW_HEIGHT = 24;
    private static final double GROUP_HEADER_HEIGHT = 30;

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
        verdict.setCellFactory(column -> verdictCell());
        TableColumn<TestRow, String> time = new TableColumn<>("Time");
        time.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Formats.millis(cell.getValue().result().timeMs())));
        TableColumn<TestRow, String> memory = new TableColumn<>("Memory");
        memory.setCellValueFactory(cell ->
                new ReadOnlyStringWrapper(Formats.memory(cell.getValue().result().memoryKb())));
        score.setId("scoreColumn");
        score.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().scoreText()));
        feedback.setId("feedbackColumn");
        feedback.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().feedbackLine()));
        // Narrow number columns, so the feedback (the last column, which takes what is left) is readable.
        fit(name, 150);
        fit(verdict, 170);
        fit(time, 70);
        fit(memory, 80);
        fit(score, 60);
        table.getColumns().addAll(List.of(name, verdict, time, memory, score, feedback));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> diff.show(row));

        buildGroups();

        SplitPane split = new SplitPane(table, diff);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(banner, groups, split);
        showScores();
    }

    private void buildGroups() {
        groups.setId("groupScores");
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        groups.setFixedCellSize(GROUP_ROW_HEIGHT);
        TableColumn<GroupScoreRow, String> group = new TableColumn<>("Group");
        group.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        TableColumn<GroupScoreRow, Verdict> verdict = new TableColumn<>("Verdict");
        verdict.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().group().verdict()));
        verdict.setCellFactory(column -> verdictCell());
        TableColumn<GroupScoreRow, String> tests = new TableColumn<>("Tests");
        tests.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().testsText()));
        TableColumn<GroupScoreRow, String> points = new TableColumn<>("Score");
        points.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().scoreText()));
        groups.getColumns().addAll(List.of(group, verdict, tests, points));
        // As tall as its rows: a problem has a handful of groups, and the tests' table takes the rest.
        groups.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(groups.getItems())
                .multiply(GROUP_ROW_HEIGHT).add(GROUP_HEADER_HEIGHT));
        groups.minHeightProperty().bind(groups.prefHeightProperty());
        groups.managedProperty().bind(groups.visibleProperty());
    }

    /** A column about {@code width} wide, that the table's resize policy widens by a third at most. */
    private static void fit(TableColumn<?, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMaxWidth(width * 4 / 3);
    }

    /** A verdict in its colour and wording, in any table. */
    private static <S> TableCell<S, Verdict> verdictCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Verdict item, boolean empty) {
                super.updateItem(item, empty);
                VerdictStyles.apply(this, empty ? null : item);
                setText(empty || item == null ? null : VerdictStyles.label(item));
            }
        };
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
            this.model.groups().removeListener(onScores);
        }
        this.model = model;
        model.bannerProperty().addListener(onBanner);
        model.rows().addListener(onRows);
        model.groups().addListener(onScores);
        showBanner();
        showRows();
        showScores();
    }

    public TableView<GroupScoreRow> groups() {
        return groups;
    }

    /** The groups' table of a scored judging (the banner gives its total); not shown for a pass/fail one. */
    private void showScores() {
        groups.getItems().setAll(model == null ? List.of() : model.groups());
        groups.setVisible(!groups.getItems().isEmpty());
    }

    private void showBanner() {
        VerdictStyles.apply(banner, model.bannerVerdictProperty().get());
        banner.setText(model.bannerProperty().get());
    }

    /** The rows as they are now: the selected test stays selected, else the first failed one is. */
    private void showRows() {
        TestRow previous = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(model.rows());
        score.setVisible(model.rows().stream().anyMatch(row -> !row.scoreText().isEmpty()));
        feedback.setVisible(model.rows().stream().anyMatch(row -> !row.feedbackLine().isEmpty()));
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
