package org.labjudge.app.ui.pool;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;

/**
 * The Nodes view: each node's name, status, latency, busy/slots, languages and last error. It follows a
 * {@link NodesReport} the pool connection keeps, so it can be built late (when first shown) and still show the
 * latest state.
 */
public final class NodesView extends VBox {

    private final Label summary = new Label("Connecting to the nodes\u2026");
    private final TableView<NodeStatus> table = new TableView<>();

    public NodesView() {
        getStyleClass().add("nodes-view");
        setSpacing(4);
        setPadding(new Insets(4));
        summary.setId("nodesSummary");
        summary.setWrapText(true);
        table.setId("nodesTable");
        table.setPlaceholder(new Label("No nodes"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", NodeStatus::name));
        TableColumn<NodeStatus, String> state = column("Status", s -> s.state().name());
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("node-up", "node-down", "node-unknown");
                setText(empty ? null : item);
                if (!empty && item != null) {
                    getStyleClass().add("node-" + item.toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        table.getColumns().add(state);
        table.getColumns().add(column("Latency", s -> s.latencyMs() < 0 ? "\u2013" : s.latencyMs() + " ms"));
        table.getColumns().add(column("Busy / slots", s -> s.busy() + " / " + s.slots()));
        table.getColumns().add(column("URL", NodeStatus::url));
        table.getColumns().add(column("Languages", s -> String.join(" ", s.languages())));
        table.getColumns().add(column("Last error", s -> s.lastError() == null ? "" : s.lastError()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(summary, table);
    }

    public TableView<NodeStatus> table() {
        return table;
    }

    /** Shows what {@code report} holds now and each time it changes. */
    public void follow(ObservableValue<NodesReport> report) {
        show(report.getValue());
        report.addListener((obs, old, now) -> show(now));
    }

    private void show(NodesReport report) {
        if (report.connecting()) {
            table.getItems().clear();
            summary.setText("Connecting to the nodes\u2026");
        } else if (report.problem() != null) {
            showProblem(report.problem());
        } else {
            show(report.statuses());
        }
    }

    public void show(List<NodeStatus> statuses) {
        table.getItems().setAll(statuses);
        long up = statuses.stream().filter(s -> s.state() == NodeState.UP).count();
        summary.setText(statuses.isEmpty() ? "No nodes listed." : up + " of " + statuses.size() + " nodes up.");
    }

    /** No pool at all: {@code reason} says why (broken node list, nothing reachable). */
    public void showProblem(String reason) {
        table.getItems().clear();
        summary.setText(reason);
    }

    private static TableColumn<NodeStatus, String> column(String name, Function<NodeStatus, String> value) {
        TableColumn<NodeStatus, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
