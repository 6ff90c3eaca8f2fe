package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.labjudge.app.editor.Language;
import org.labjudge.app.ui.run.CompilerMessage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A C file with an error and a warning is judged: the compiler's messages are underlined in the code where the
 * compiler points (red for the error, amber for the warning), hovering one shows its text, they are in the
 * compile errors list as well, and the next edit removes the marks.
 */
class CompilerMarksTest extends UiTestWindow {

    private static final String SOURCE = "#include <stdio.h>\nint main(void) {\n    int n = \"42\";\n"
            + "    printf(\"%d\\n\", n)\n    return 0;\n}\n";
    /** What gcc 12 (the C image's, same flags) prints for SOURCE in the C locale (plain quotes). */
    private static final String GCC = "main.c: In function 'main':\n"
            + "main.c:3:13: warning: initialization of 'int' from 'char *' makes integer from pointer without a cast"
            + " [-Wint-conversion]\n"
            + "    3 |     int n = \"42\";\n      |             ^~~~\n"
            + "main.c:4:22: error: expected ';' before 'return'\n"
            + "    4 |     printf(\"%d\\n\", n)\n      |                      ^\n      |                      ;\n"
            + "    5 |     return 0;\n      |     ~~~~~~            \n";

    @Test
    void errorsAndWarningsAreUnderlinedAtTheirPlaceAndShownOnHover(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        @SuppressWarnings("unchecked")
        ChoiceBox<Language> languages = robot.lookup("#languageChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> languages.setValue(languages.getItems().stream()
                .filter(language -> language.id().equals("c")).findFirst().orElseThrow()));
        robot.interact(() -> driver.editor().area().replaceText(SOURCE));
        node.script = request -> ScriptedNode.compileError(request, GCC);
        driver.judge();
        driver.waitForText("#compileTitle", "Compile errors", 10);
        CodeArea area = driver.editor().area();
        WindowDriver.waitUntil(5, () -> driver.editor().highlightingUpToDate());

        // The warning: the string literal gcc points at (line 3, column 13), and nothing before it.
        int literal = area.getAbsolutePosition(2, 12);
        assertThat(area.getText(literal, literal + 4)).isEqualTo("\"42\"");
        for (int i = literal; i < literal + 4; i++) {
            assertThat(area.getStyleOfChar(i)).contains("mark-warning").doesNotContain("mark-error");
        }
        assertThat(area.getStyleOfChar(literal - 2)).doesNotContain("mark-warning");
        // The error: column 22 is past the line's end (the missing ';'), so its last character is marked.
        int paren = area.getAbsolutePosition(3, 20);
        assertThat(area.getText(paren, paren + 1)).isEqualTo(")");
        assertThat(area.getStyleOfChar(paren)).contains("mark-error");
        assertThat(area.getStyleOfChar(paren - 1)).doesNotContain("mark-error");
        // Syntax highlighting stays under the marks.
        assertThat(area.getStyleOfChar(literal)).contains("string");

        @SuppressWarnings("unchecked")
        ListView<CompilerMessage> list = robot.lookup("#compileErrors").queryAs(ListView.class);
        assertThat(list.getItems()).containsExactly(
                new CompilerMessage(3, 13, "warning: initialization of 'int' from 'char *' makes integer from"
                        + " pointer without a cast [-Wint-conversion]"),
                new CompilerMessage(4, 22, "error: expected ';' before 'return'"));
        Screenshots.save(window.scene(), "31-compiler-marks");

        robot.moveTo(centre(area, paren));
        WindowDriver.waitUntil(5, () -> driver.editor().markerPopupText().isPresent());
        assertThat(driver.editor().markerPopupText()).contains("error: expected ';' before 'return'");
        Window popup = robot.lookup("#markPopup").query().getScene().getWindow();
        assertThat(popup.isShowing()).isTrue();
        Screenshots.save(popup.getScene(), "32-compiler-mark-hover");

        robot.moveTo(centre(area, literal + 1));
        WindowDriver.waitUntil(5, () -> driver.editor().markerPopupText()
                .filter(text -> text.startsWith("warning: initialization of 'int'")).isPresent());

        // Fixing the code removes the marks: they were about the text as it was.
        robot.interact(() -> area.insertText(area.getAbsolutePosition(3, 21), ";"));
        WindowDriver.waitUntil(5, () -> driver.editor().highlightingUpToDate());
        assertThat(area.getStyleOfChar(paren)).doesNotContain("mark-error");
        assertThat(area.getStyleOfChar(literal)).doesNotContain("mark-warning").contains("string");
        assertThat(driver.editor().markersAt(paren)).isEmpty();
    }

    /** Where character {@code index} is on screen (the area lays it out on the FX thread). */
    private static Point2D centre(CodeArea area, int index) throws Exception {
        Bounds bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(index, index + 1))
                .get().orElseThrow();
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }
}
