package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.labjudge.app.editor.EditorTab;
import org.labjudge.app.editor.Marker;
import org.labjudge.app.ui.run.CompilerMessage;
import org.testfx.api.FxRobot;

/**
 * A folder of two C files judged with gcc's error in the header (what gcc 12 printed for it on a real node,
 * src/test/resources/compiler-output/c.txt): the message list names the header, the header's tab is marked at
 * gcc's line and column with a red dot on its tab, the main file's tab is not; a header that was not open is
 * marked when it is opened, and clicking the message opens it at the place.
 */
class FolderCompilerMarksTest extends UiTestWindow {

    private static final String MAIN = "#include <stdio.h>\n#include \"util.h\"\nint main(void) {\n"
            + "    printf(\"%d\\n\", twice(2));\n    return 0;\n}\n";
    private static final String UTIL = "static int twice(int n) {\n    int unused;\n    return n * factor;\n}\n";

    @Test
    void theHeadersTabIsMarkedWhereGccPointsAndTheListNamesIt(FxRobot robot) throws Exception {
        WindowDriver driver = openFolderGccFails(robot);
        EditorTab main = tab("main.c");
        EditorTab util = tab("util.h");
        robot.interact(() -> window.tabs().getSelectionModel().select(main));

        driver.judge();
        driver.waitForText("#compileTitle", "Compile errors", 10);

        assertThat(compileErrors(robot).getItems()).containsExactly(new CompilerMessage("util.h", 3, 16,
                "error: \u2018factor\u2019 undeclared (first use in this function)"));
        assertThat(compileErrors(robot).getItems().get(0).toString()).startsWith("util.h, line 3, column 16: error:");
        CodeArea area = util.editor().area();
        int factor = area.getAbsolutePosition(2, 15);
        assertThat(area.getText(factor, factor + 6)).isEqualTo("factor");
        assertThat(util.editor().markersAt(factor)).extracting(Marker::line, Marker::column, Marker::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 16, Marker.Severity.ERROR));
        assertThat(area.getStyleOfChar(factor)).contains("mark-error");
        assertThat(area.getStyleOfChar(factor - 2)).doesNotContain("mark-error");
        assertThat(main.editor().shownMarkersProperty().get()).isEmpty();
        assertThat(util.getGraphic().getStyleClass()).contains("tab-mark-error");
        assertThat(main.getGraphic()).isNull();
        assertThat(util.getTooltip().getText()).isEqualTo("1 error");

        // Clicking the message goes to the header at gcc's place; the list stays (the folder is one program).
        robot.clickOn(robot.lookup("#compileErrors .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(window.tabs().getSelectionModel().getSelectedItem()).isSameAs(util);
        assertThat(util.editor().caretLine()).isEqualTo(3);
        assertThat(util.editor().caretColumn()).isEqualTo(16);
        assertThat(compileErrors(robot).getItems()).hasSize(1);
        Screenshots.save(window.scene(), "33-folder-compiler-marks");
    }

    @Test
    void aHeaderThatWasNotOpenIsMarkedWhenOpenedAndTheClickOpensIt(FxRobot robot) throws Exception {
        WindowDriver driver = openFolderGccFails(robot);
        robot.interact(() -> window.tabs().getTabs().remove(tab("util.h")));
        robot.interact(() -> window.tabs().getSelectionModel().select(tab("main.c")));

        driver.judge();
        driver.waitForText("#compileTitle", "Compile errors", 10);
        assertThat(compileErrors(robot).getItems()).extracting(CompilerMessage::file).containsExactly("util.h");

        robot.clickOn(robot.lookup("#compileErrors .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        EditorTab util = tab("util.h");
        assertThat(window.tabs().getSelectionModel().getSelectedItem()).isSameAs(util);
        assertThat(util.editor().caretLine()).isEqualTo(3);
        assertThat(util.editor().caretColumn()).isEqualTo(16);
        int factor = util.editor().area().getAbsolutePosition(2, 15);
        assertThat(util.editor().area().getStyleOfChar(factor)).contains("mark-error");
        assertThat(util.editor().markersAt(factor)).extracting(Marker::text)
                .containsExactly("error: \u2018factor\u2019 undeclared (first use in this function)");
    }

    @Test
    void aFileEditedSinceItWasSentGetsNoMarks(FxRobot robot) throws Exception {
        WindowDriver driver = openFolderGccFails(robot);
        EditorTab util = tab("util.h");
        // The node answers after the header was edited: its lines may no longer be gcc's.
        node.script = request -> {
            robot.interact(() -> util.editor().area().insertText(0, "// moved\n"));
            return ScriptedNode.compileError(request, gcc());
        };
        robot.interact(() -> window.tabs().getSelectionModel().select(tab("main.c")));

        driver.judge();
        driver.waitForText("#compileTitle", "Compile errors", 10);
        assertThat(util.editor().shownMarkersProperty().get()).isEmpty();
        assertThat(util.getGraphic()).isNull();
    }

    /** The folder of main.c and util.h open, the problem chosen; the node answers with gcc's error in util.h. */
    private WindowDriver openFolderGccFails(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        Path prog = folder();
        driver.selectProblem("sum");
        node.script = request -> ScriptedNode.compileError(request, gcc());
        robot.interact(() -> window.openFolder(prog));
        return driver;
    }

    private Path folder() throws Exception {
        Path prog = Files.createDirectories(home.resolve("prog"));
        Files.writeString(prog.resolve("main.c"), MAIN);
        Files.writeString(prog.resolve("util.h"), UTIL);
        return prog;
    }

    private static String gcc() {
        try (InputStream in = FolderCompilerMarksTest.class.getResourceAsStream("/compiler-output/c.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static ListView<CompilerMessage> compileErrors(FxRobot robot) {
        return robot.lookup("#compileErrors").queryAs(ListView.class);
    }

    private EditorTab tab(String name) {
        List<EditorTab> found = window.tabs().getTabs().stream().filter(EditorTab.class::isInstance)
                .map(EditorTab.class::cast)
                .filter(t -> t.file().map(f -> f.getFileName().toString().equals(name)).orElse(false)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
