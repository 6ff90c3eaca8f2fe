package org.labjudge.app.ui.problem;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.SampleInteraction;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestCase;

/**
 * The problem side of the window: the problems of the open set, and the selected one's statement, limits and
 * samples (input and expected output), each sample usable as the run's input.
 */
public final class ProblemPane extends VBox {

    private final ListView<ProblemPackage> problems = new ListView<>();
    private final Label title = new Label("No problem open");
    private final Label limits = new Label("Open a problem package or a folder of them with File \u2192 Open problem\u2026");
    private final MarkdownView statement = new MarkdownView();
    private final VBox samples = new VBox(8);
    private final Consumer<TestCase> useSample;

    public ProblemPane(Consumer<TestCase> useSample) {
        this.useSample = useSample;
        getStyleClass().add("problem-pane");
        problems.setId("problemList");
        problems.setPrefHeight(120);
        problems.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ProblemPackage item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        problems.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        title.setId("problemTitle");
        title.getStyleClass().add("problem-title");
        title.setWrapText(true);
        limits.setId("problemLimits");
        limits.getStyleClass().add("caption");
        limits.setWrapText(true);
        statement.setId("problemStatement");
        samples.setId("problemSamples");
        VBox content = new VBox(8, title, limits, statement, samples);
        content.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("problemScroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(problems, scroll);
        showSet(List.of());
    }

    /** The problem the student works on, {@code null} when none is open. */
    public ReadOnlyObjectProperty<ProblemPackage> selectedProperty() {
        return problems.getSelectionModel().selectedItemProperty();
    }

    public ProblemPackage selected() {
        return problems.getSelectionModel().getSelectedItem();
    }

    public ListView<ProblemPackage> list() {
        return problems;
    }

    /** Shows a set of problems (one package is a set of one) and selects the first. */
    public void showSet(List<ProblemPackage> set) {
        problems.getItems().setAll(set);
        boolean several = set.size() > 1;
        problems.setVisible(several);
        problems.setManaged(several);
        if (set.isEmpty()) {
            show(null);
        } else {
            problems.getSelectionModel().selectFirst();
        }
    }

    /** Selects the problem with this id, if it is in the set. */
    public void select(String id) {
        problems.getItems().stream().filter(p -> p.id().equals(id)).findFirst()
                .ifPresent(p -> problems.getSelectionModel().select(p));
    }

    private void show(ProblemPackage problem) {
        samples.getChildren().clear();
        if (problem == null) {
            title.setText("No problem open");
            limits.setText("Open a problem package or a folder of them with File \u2192 Open problem\u2026");
            statement.setMarkdown("");
            return;
        }
        title.setText(problem.name());
        limits.setText(describe(problem.limits()) + "  \u2013  " + problem.samples().size() + " sample(s), "
                + problem.secretTests().size() + " secret test(s)");
        statement.setStatement(stripTitle(problem.statementMarkdown(), problem.name()), problem.directory());
        int number = 1;
        if (problem.interactive() || !problem.interactions().isEmpty()) {
            // The format keeps an interactive problem's sample input (its secret) from students: its dialogues instead.
            for (SampleInteraction interaction : problem.interactions()) {
                samples.getChildren().add(interactionBox(number++, interaction));
            }
            return;
        }
        for (TestCase sample : problem.samples()) {
            samples.getChildren().add(sampleBox(number++, sample));
        }
    }

    private VBox interactionBox(int number, SampleInteraction interaction) {
        Label heading = new Label("Sample interaction " + number);
        heading.getStyleClass().add("sample-heading");
        TextArea dialogue = block(DialogueText.of(interaction));
        dialogue.setId("sampleInteraction" + number);
        VBox box = new VBox(4, heading, dialogue);
        box.getStyleClass().add("sample");
        return box;
    }

    private VBox sampleBox(int number, TestCase sample) {
        Label heading = new Label("Sample " + number);
        heading.getStyleClass().add("sample-heading");
        Button use = new Button("Use as input");
        use.setId("useSample" + number);
        use.setOnAction(e -> useSample.accept(sample));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.addRow(0, new Label("Input"), new Label("Output"));
        grid.addRow(1, block(sample.input()), block(sample.expected() == null ? "" : sample.expected()));
        VBox box = new VBox(4, new HBox(8, heading, use), grid);
        box.getStyleClass().add("sample");
        return box;
    }

    private static TextArea block(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.getStyleClass().add("mono");
        area.setPrefRowCount(Math.min(8, Math.max(1, (int) text.lines().count())));
        area.setPrefColumnCount(16);
        return area;
    }

    private static String describe(Limits limits) {
        StringBuilder text = new StringBuilder();
        text.append("Time limit: ").append(limits.timeMs() == null ? "node default" : limits.timeMs() + " ms");
        text.append("  \u2013  Memory: ").append(limits.memoryMb() == null ? "node default" : limits.memoryMb() + " MB");
        return text.toString();
    }

    /** The statement's own {@code # Title} repeats the heading above it; leave it out. */
    private static String stripTitle(String markdown, String name) {
        String trimmed = markdown.stripLeading();
        if (trimmed.startsWith("# ")) {
            int end = trimmed.indexOf('\n');
            String heading = (end < 0 ? trimmed : trimmed.substring(0, end)).substring(2).strip();
            if (heading.equalsIgnoreCase(name)) {
                return end < 0 ? "" : trimmed.substring(end + 1);
            }
        }
        return markdown;
    }
}
