package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The input pane, the output, the results and the messages belong to their tab and their run: switching tabs
 * shows that tab's own, and a failed run's message replaces the previous run's output instead of sitting on it.
 */
class TabStateTest extends UiTestWindow {

    @Test
    void eachTabKeepsItsOwnInputOutputAndResults(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        TextArea input = robot.lookup("#inputArea").queryAs(TextArea.class);
        assertThat(input.getText()).isEqualTo("1 2\n");
        node.script = request -> request.tests().isEmpty() ? ScriptedNode.ran(request, "3\n")
                : ScriptedNode.judged(request, ScriptedNode::accepted);
        driver.typeSolution("a, b = map(int, input().split())\nprint(a + b)\n");
        driver.run();
        driver.waitForText("#runVerdict", "OK", 10);
        driver.judge();
        driver.waitForText("#verdictBanner", "ACCEPTED", 10);

        robot.clickOn("File").clickOn("New");
        assertThat(window.tabs().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(driver.text("#verdictBanner")).as("the new tab has not been judged")
                .startsWith("Judge your program against all 10 tests");
        assertThat(input.getText()).as("the new tab's input starts from the sample").isEqualTo("1 2\n");
        robot.interact(() -> input.setText("40 2\n"));
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        assertThat(input.getText()).isEqualTo("1 2\n");
        assertThat(driver.text("#verdictBanner")).startsWith("ACCEPTED");
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        assertThat(input.getText()).isEqualTo("40 2\n");
        assertThat(driver.text("#runVerdict")).startsWith("Run your program with Ctrl+Enter");
        assertThat(robot.lookup("#runStdout").queryAs(TextArea.class).getText()).isEmpty();
        Screenshots.save(window.scene(), "14-second-tab-own-input");
    }

    @Test
    void aFailedRunsMessageReplacesTheLastOutput(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        node.script = request -> ScriptedNode.ran(request, "3\n");
        driver.run();
        driver.waitForText("#runVerdict", "OK", 10);
        assertThat(robot.lookup("#runStdout").queryAs(TextArea.class).getText()).isEqualTo("3\n");

        node.close();
        driver.run();
        String noNode = "No node free: no LabJudge node that runs python could take the session";
        driver.waitForText("#consoleStatus", noNode, 20);
        assertThat(driver.text("#runVerdict")).startsWith(noNode);
        assertThat(robot.lookup("#runStdout").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(driver.text("#runExitCode")).isEqualTo("\u2013");
        assertThat(driver.text("#runNote")).as("no batch run was made").isNullOrEmpty();
        assertThat(driver.text("#statusMessage")).startsWith(noNode);
    }
}
