package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.labjudge.app.editor.CodeEditor;
import org.labjudge.app.editor.EditorTab;
import org.labjudge.app.editor.Language;
import org.labjudge.app.editor.Marker;
import org.labjudge.app.ui.settings.Settings;
import org.labjudge.app.ui.settings.SettingsStore;
import org.testfx.api.FxRobot;

/**
 * The editor with a real language server, Debian's clangd (the default for C; installers/scripts/ensure-packages.sh
 * installs it): a C file's mistake is underlined from clangd's diagnostics before any run, and Ctrl+Space offers
 * the C library's functions beside the file's words; picking one inserts it. A language whose server is not
 * installed keeps the word completion, with no message.
 */
class LanguageServerEditorTest extends UiTestWindow {

    /** The defaults, as a student's first start has them: clangd for C, pylsp (not installed here) for Python. */
    @Override
    void beforeOpening() throws Exception {
        new SettingsStore(home.resolve("settings.json")).save(Settings.defaults().withNodeList(node.nodeList(home).toString()));
    }

    @Test
    void clangdMarksTheMistakeAndCompletesFromTheHeaders(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.awaitNodeUp();
        choose(robot, "c");
        CodeEditor editor = driver.editor();
        CodeArea area = editor.area();
        robot.interact(() -> area.replaceText("#include <stdio.h>\n\nint main(void) {\n    int total = missing;\n"
                + "    fpu\n    return total;\n}\n"));

        // clangd's diagnostic, with no run: the undeclared name underlined where clangd points.
        int missing = area.getText().indexOf("missing");
        WindowDriver.waitUntil(60, () -> !editor.markersAt(missing).isEmpty());
        assertThat(editor.markersAt(missing)).extracting(Marker::line, Marker::column, Marker::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 17, Marker.Severity.ERROR));
        assertThat(editor.markersAt(missing).get(0).text()).startsWith("Use of undeclared identifier 'missing'");
        assertThat(area.getStyleOfChar(missing)).contains("mark-error");
        EditorTab tab = (EditorTab) window.tabs().getSelectionModel().getSelectedItem();
        assertThat(tab.getGraphic().getStyleClass()).contains("tab-mark-error");
        Screenshots.save(window.scene(), "34-language-server-diagnostics");

        // Ctrl+Space after "fpu": clangd's fputs and fputc, from stdio.h, which the file's words do not hold.
        int end = area.getText().indexOf("fpu") + 3;
        robot.interact(() -> area.moveTo(end));
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(end));
        robot.push(KeyCode.CONTROL, KeyCode.SPACE);
        WindowDriver.waitUntil(30, () -> editor.completions().map(ContextMenu::getItems)
                .filter(items -> items.stream().anyMatch(i -> i.getText().startsWith("fputs("))).isPresent());
        ContextMenu popup = editor.completions().orElseThrow();
        assertThat(popup.isShowing()).isTrue();
        List<MenuItem> items = popup.getItems();
        assertThat(items).filteredOn(i -> i.getStyleClass().contains("server-completion"))
                .extracting(MenuItem::getText).anyMatch(t -> t.startsWith("fputc(")).anyMatch(t -> t.startsWith("fputs("));
        Screenshots.save(popup.getScene(), "35-language-server-completion");

        MenuItem fputs = items.stream().filter(i -> i.getText().startsWith("fputs(")).findFirst().orElseThrow();
        robot.interact(fputs::fire);
        assertThat(area.getText()).contains("\n    fputs\n");
    }

    @Test
    void withoutAServerTheWordCompletionStaysAndNothingIsSaid(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.awaitNodeUp();
        choose(robot, "python");
        CodeEditor editor = driver.editor();
        String status = driver.text("#statusMessage");
        robot.interact(() -> editor.area().replaceText("total_count = 1\nprint(tot"));
        robot.interact(() -> editor.area().moveTo(editor.area().getLength()));
        robot.clickOn(editor.area());
        robot.interact(() -> editor.area().moveTo(editor.area().getLength()));
        robot.push(KeyCode.CONTROL, KeyCode.SPACE);

        WindowDriver.waitUntil(10, () -> editor.completions().filter(ContextMenu::isShowing).isPresent());
        assertThat(editor.completions().get().getItems()).extracting(MenuItem::getText).containsExactly("total_count");
        assertThat(driver.text("#statusMessage")).isEqualTo(status);
        assertThat(editor.shownMarkersProperty().get()).isEmpty();
    }

    private void choose(FxRobot robot, String id) {
        @SuppressWarnings("unchecked")
        ChoiceBox<Language> languages = robot.lookup("#languageChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> languages.setValue(languages.getItems().stream()
                .filter(language -> language.id().equals(id)).findFirst().orElseThrow()));
    }
}
