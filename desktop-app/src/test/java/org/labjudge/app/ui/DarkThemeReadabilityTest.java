package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.settings.SettingsDialog;
import org.testfx.api.FxRobot;

/**
 * In the dark theme a selected results row and the settings dialog's hints are readable: their text against
 * their background has at least WCAG's 4.5:1 contrast for normal text.
 */
class DarkThemeReadabilityTest extends UiTestWindow {

    @Test
    void aSelectedRowAndTheSettingsHintsHaveEnoughContrast(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        robot.interact(() -> window.setDarkTheme(true));
        node.script = request -> ScriptedNode.judged(request, test -> ScriptedNode.wrong(test, "0\n"));
        driver.judge();
        driver.waitForText("#verdictBanner", "WRONG ANSWER", 10);

        TableRow<?> selected = robot.lookup("#resultsTable .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n).filter(TableRow::isSelected).findFirst().orElseThrow();
        Labeled verdict = (Labeled) selected.lookupAll(".table-cell").stream()
                .filter(cell -> cell.getStyleClass().contains("verdict-wrong-answer")).findFirst().orElseThrow();
        assertThat(contrast((Color) verdict.getTextFill(), background(selected))).isGreaterThanOrEqualTo(4.5);
        Screenshots.save(window.scene(), "18-dark-theme-selected-row");

        SettingsDialog[] dialog = new SettingsDialog[1];
        robot.interact(() -> {
            dialog[0] = new SettingsDialog(window.scene().getWindow(), window.settings());
            dialog[0].show();
        });
        TextField nodeList = (TextField) dialog[0].getDialogPane().lookup("#settingsNodeList");
        robot.interact(nodeList::clear);
        robot.interact(() -> dialog[0].getDialogPane().requestFocus());
        assertThat(contrast(promptFill(nodeList), background(nodeList))).isGreaterThanOrEqualTo(4.5);
        Screenshots.save(dialog[0].getDialogPane().getScene(), "19-dark-theme-settings");
        robot.interact(() -> dialog[0].close());
    }

    /** The colour the text sits on: the last fill (modena's field fill is a gradient ending in that colour). */
    private static Color background(Region region) {
        javafx.scene.paint.Paint fill = region.getBackground().getFills()
                .get(region.getBackground().getFills().size() - 1).getFill();
        if (fill instanceof javafx.scene.paint.LinearGradient gradient) {
            List<javafx.scene.paint.Stop> stops = gradient.getStops();
            return stops.get(stops.size() - 1).getColor();
        }
        return (Color) fill;
    }

    /** The skin's {@code -fx-prompt-text-fill}, as the CSS resolved it. */
    @SuppressWarnings("unchecked")
    private static Color promptFill(TextField field) {
        for (CssMetaData<? extends Styleable, ?> meta : field.getCssMetaData()) {
            if (meta.getProperty().equals("-fx-prompt-text-fill")) {
                return (Color) ((CssMetaData<Node, ?>) meta).getStyleableProperty(field).getValue();
            }
        }
        throw new AssertionError("no -fx-prompt-text-fill on " + field);
    }

    /** WCAG 2's contrast ratio of two colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
