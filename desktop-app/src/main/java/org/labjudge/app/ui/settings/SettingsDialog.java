package org.labjudge.app.ui.settings;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.labjudge.app.editor.CodeEditor;

/** Edits the node list location, theme and font size; the result is the new {@link Settings}. */
public final class SettingsDialog extends Dialog<Settings> {

    public SettingsDialog(Window owner, Settings current) {
        initOwner(owner);
        // The window's theme: a dark window's dialog is dark too, its hints in the theme's muted colour.
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setTitle("Settings");
        setHeaderText("LabJudge settings");

        TextField nodeList = new TextField(current.nodeList() == null ? "" : current.nodeList());
        nodeList.setId("settingsNodeList");
        nodeList.setPromptText("standard lookup: $LABJUDGE_NODES, ~/.labjudge/nodes.json, /etc/labjudge/nodes.json");
        nodeList.setPrefColumnCount(36);
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Node list");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Node list (*.json)", "*.json"));
            File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                nodeList.setText(chosen.getAbsolutePath());
            }
        });
        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("settingsTheme");
        theme.getItems().addAll(Theme.values());
        theme.setValue(current.theme());
        Spinner<Integer> fontSize = new Spinner<>(CodeEditor.MIN_FONT_SIZE, CodeEditor.MAX_FONT_SIZE,
                current.fontSize());
        fontSize.setId("settingsFontSize");
        fontSize.setEditable(true);
        Spinner<Integer> companionPort = new Spinner<>(0, 65535, current.companionPort());
        companionPort.setId("settingsCompanionPort");
        companionPort.setEditable(true);
        Label companionHint = new Label("the port Competitive Companion posts problems to (cph: 27121,"
                + " CP Editor: 10045); 0: off");
        companionHint.getStyleClass().add("caption");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Node list (file or URL):"), new HBox(6, nodeList, browse));
        grid.addRow(1, new Label("Theme:"), theme);
        grid.addRow(2, new Label("Font size:"), fontSize);
        grid.addRow(3, new Label("Import from the web:"), new HBox(6, companionPort, companionHint));
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? current.withNodeList(nodeList.getText()).withTheme(theme.getValue()).withFontSize(fontSize.getValue())
                        .withCompanionPort(companionPort.getValue())
                : null);
    }
}
