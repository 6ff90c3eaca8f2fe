package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.run.CompilerMessage;
import org.testfx.api.FxRobot;

/**
 * A Python syntax error (the node's syntax check fails, a COMPILATION_ERROR) is shown as a compile error is:
 * the compile errors tab with the interpreter's real message at its line, not "exit code 1" per test.
 */
class PythonSyntaxErrorTest extends UiTestWindow {

    private static final String TRACEBACK = "  File \"main.py\", line 3\n    print(a + b)\n    ^\n"
            + "IndentationError: expected an indented block after 'if' statement on line 2\n";

    @Test
    void anIndentationErrorIsACompileErrorWithItsMessage(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        node.script = request -> ScriptedNode.compileError(request, TRACEBACK);
        robot.interact(() -> driver.editor().area().replaceText(
                "a, b = map(int, input().split())\nif a:\nprint(a + b)\n"));
        driver.judge();
        driver.waitForText("#compileTitle", "Compile errors", 10);

        @SuppressWarnings("unchecked")
        ListView<CompilerMessage> errors = robot.lookup("#compileErrors").queryAs(ListView.class);
        assertThat(errors.getItems()).containsExactly(new CompilerMessage(3, 0,
                "IndentationError: expected an indented block after 'if' statement on line 2"));
        assertThat(driver.text("#verdictBanner")).startsWith("COMPILATION ERROR");
        assertThat(driver.text("#statusMessage")).startsWith("Judged: COMPILATION ERROR (see the compile errors)");
        robot.clickOn(robot.lookup("#compileErrors .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(driver.editor().caretLine()).isEqualTo(3);
        Screenshots.save(window.scene(), "16-python-indentation-error");
    }
}
