package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.run.DiffLine;
import org.labjudge.app.ui.run.TestRow;
import org.labjudge.app.ui.settings.SettingsStore;
import org.labjudge.app.ui.settings.Theme;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;
import org.testfx.api.FxRobot;

/**
 * The window driven as a student would, headless, through the real pool client to a {@link ScriptedNode} on
 * loopback (so these tests need no Docker; {@link RealNodeTest} judges on a real node). A broken node list shows
 * the pool's own message.
 */
class MainWindowTest extends UiTestWindow {

    private WindowDriver driver;

    /** A stub judge: a program containing {@code a + b} is right, anything else prints -1. */
    private static RunResult sumJudge(RunRequest request) {
        boolean right = request.source().contains("a + b");
        return ScriptedNode.judged(request, test -> right ? ScriptedNode.accepted(test) : ScriptedNode.wrong(test, "-1\n"));
    }

    @Test
    void judgingShowsVerdictsAndTheDiffOfAFailedTest(FxRobot robot) throws Exception {
        driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        Screenshots.save(window.scene(), "01-problem-and-editor");
        node.script = MainWindowTest::sumJudge;

        driver.typeSolution("a, b = map(int, input().split())\nprint(a + b)\n");
        driver.judge();
        driver.waitForText("#verdictBanner", "ACCEPTED", 10);
        assertThat(driver.text("#verdictBanner")).contains("10 of 10 tests passed").contains("stub-01");
        assertThat(node.requests.get(0).tests()).hasSize(10);
        assertThat(driver.text("#lastNode")).isEqualTo("Last run: stub-01");
        Screenshots.save(window.scene(), "02-judged-accepted");

        robot.interact(() -> window.activeEditor().orElseThrow().area().replaceText(
                "a, b = map(int, input().split())\nprint(a - b)\n"));
        driver.judge();
        driver.waitForText("#verdictBanner", "WRONG ANSWER", 10);
        @SuppressWarnings("unchecked")
        TableView<TestRow> results = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertThat(results.getSelectionModel().getSelectedItem().result().verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        @SuppressWarnings("unchecked")
        TableView<DiffLine> diff = robot.lookup("#diffTable").queryAs(TableView.class);
        assertThat(diff.getItems()).containsExactly(new DiffLine(1, "3", 1, "-1", DiffLine.Kind.CHANGED));
        assertThat(driver.text("#diffTitle")).contains("expected on the left");
        Screenshots.save(window.scene(), "03-wrong-answer-diff");
    }

    @Test
    void ctrlEnterOnANodeWithoutConsolesRunsAsABatchWithTheInputPaneAsStdin(FxRobot robot) throws Exception {
        driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        assertThat(robot.lookup("#inputArea").queryAs(TextArea.class).getText()).isEqualTo("1 2\n");
        node.script = request -> ScriptedNode.ran(request, "3\n");
        driver.run();
        driver.waitForText("#runVerdict", "OK", 10);
        assertThat(node.requests.get(0).stdin()).isEqualTo("1 2\n");
        assertThat(node.requests.get(0).tests()).isEmpty();
        assertThat(robot.lookup("#runStdout").queryAs(TextArea.class).getText()).isEqualTo("3\n");
        assertThat(driver.text("#runExitCode")).isEqualTo("0");
        assertThat(driver.text("#runTime")).isEqualTo("7 ms");
        assertThat(driver.text("#runMemory")).isEqualTo("8.0 MB");
        // This node has no console endpoint (an older node): Run says why it was a batch run.
        assertThat(driver.text("#runNote")).isEqualTo("Not run live (node stub-01 runs no console sessions: it is"
                + " older than /api/v1/console): a batch run, its output shown when it ended.");
        Screenshots.save(window.scene(), "23-run-as-batch-on-an-older-node");
    }

    @Test
    void aCompileErrorMovesTheCaretToItsLine(FxRobot robot) throws Exception {
        driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        node.script = request -> ScriptedNode.compileError(request,
                "main.c: In function 'main':\nmain.c:4:5: error: expected ';' before 'printf'\n");
        driver.typeSolution("#include <stdio.h>\nint main(void) {\nint a = 1\nprintf(\"%d\\n\", a);\n");
        robot.interact(() -> window.activeEditor().orElseThrow().area().moveTo(0));
        driver.judge();
        driver.waitForText("#compileTitle", "Compile errors", 10);
        @SuppressWarnings("unchecked")
        ListView<Object> errors = robot.lookup("#compileErrors").queryAs(ListView.class);
        assertThat(errors.getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#compileErrors .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(driver.editor().caretLine()).isEqualTo(4);
        assertThat(driver.editor().caretColumn()).isEqualTo(5);
        assertThat(driver.text("#verdictBanner")).startsWith("COMPILATION ERROR");
        Screenshots.save(window.scene(), "04-compile-error");
    }

    @Test
    void aBrokenNodeListShowsItsMessage(FxRobot robot) throws Exception {
        driver = new WindowDriver(robot, window);
        Path broken = home.resolve("broken-nodes.json");
        Files.writeString(broken, "{\"nodes\": [{\"name\": \"lab-01\", \"url\": \"ftp://127.0.0.1\"}]}");
        robot.interact(() -> window.useNodeList(broken.toString()));
        driver.waitForText("#nodesStatus", "No nodes", 10);
        String message = driver.text("#statusMessage");
        assertThat(message).contains("broken-nodes.json").contains("url");
        assertThat(new SettingsStore(home.resolve("settings.json")).load().nodeList()).isEqualTo(broken.toString());
        driver.judge();
        driver.waitForText("#verdictBanner", message, 5);
        robot.interact(window::showNodes);
        assertThat(driver.text("#nodesSummary")).isEqualTo(message);
        Screenshots.save(window.scene(), "05-broken-node-list");
    }

    @Test
    void theThemeSwitchesAndIsRemembered(FxRobot robot) throws Exception {
        driver = new WindowDriver(robot, window);
        driver.selectProblem("circle-area");
        assertThat(window.scene().getStylesheets()).anyMatch(s -> s.endsWith("light.css"));
        robot.clickOn("View").clickOn("Dark theme");
        assertThat(window.scene().getStylesheets()).anyMatch(s -> s.endsWith("dark.css"))
                .noneMatch(s -> s.endsWith("light.css"));
        assertThat(new SettingsStore(home.resolve("settings.json")).load().theme()).isEqualTo(Theme.DARK);
        robot.interact(window::showNodes);
        Screenshots.save(window.scene(), "06-dark-theme-nodes");
        robot.clickOn("View").clickOn("Dark theme");
        assertThat(window.scene().getStylesheets()).anyMatch(s -> s.endsWith("light.css"));
    }

    @Test
    void aRunCanBeCancelledAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        node.script = request -> ScriptedNode.HANG;
        driver.judge();
        WindowDriver.waitUntil(5, () -> robot.lookup("#cancelButton").query().isVisible());
        assertThat(robot.lookup("#runProgress").query().isVisible()).isTrue();
        robot.clickOn(window.activeEditor().orElseThrow().area()).write("# still typing\n");
        assertThat(window.activeEditor().orElseThrow().text()).contains("# still typing");
        robot.clickOn("#cancelButton");
        driver.waitForText("#verdictBanner", "Judging cancelled.", 5);
        WindowDriver.waitUntil(5, () -> node.abandoned.size() == 1);
        assertThat(robot.lookup("#runProgress").query().isVisible()).isFalse();
    }
}
