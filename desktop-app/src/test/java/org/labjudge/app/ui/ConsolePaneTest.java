package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.app.ui.settings.Settings;
import org.labjudge.app.ui.settings.SettingsStore;
import org.labjudge.node.ExecutorNode;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.config.NodeConfigBuilder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Run (Ctrl+Enter) against a real node (in this JVM, over HTTP and a WebSocket on loopback), as a student does: a
 * Python {@code input()} program shows its prompt before anything is typed, the line typed into the console reaches
 * it and shows once; the input pane's text, when there is any, is typed first and ends the input, and a program
 * printing a line a second shows its first line while it still runs; a line as long as a terminal takes arrives
 * whole, a last line without its newline gets one (as Enter), and a longer line makes it a batch run with a note.
 */
@Tag("docker")
@ExtendWith(ApplicationExtension.class)
class ConsolePaneTest {
    private static ExecutorNode node;
    private static Path home;
    private MainWindow window;

    @BeforeAll
    static void startNode() throws IOException {
        NodeConfigBuilder config = NodeConfig.builder().set("bind", "127.0.0.1").set("port", 0)
                .set("nodeId", "console-pane").set("languages", List.of("python"));
        // -Dlabjudge.imagePrefix=labjudge-live/ runs the node on images built under another repository.
        String images = System.getProperty("labjudge.imagePrefix");
        if (images != null && !images.isBlank()) {
            config.set("imagePrefix", images);
        }
        node = ExecutorNode.start(config.build(), "test");
        home = Files.createTempDirectory("labjudge-console-pane");
        Path nodes = home.resolve("nodes.json");
        Files.writeString(nodes, "{\"nodes\": [{\"name\": \"console-pane\", \"url\": \"http://127.0.0.1:"
                + node.port() + "\"}]}");
        new SettingsStore(home.resolve("settings.json")).save(Settings.defaults().withNodeList(nodes.toString()));
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.shutdown();
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        AppContext context = new AppContext(new SettingsStore(home.resolve("settings.json")), WindowDriver.EXAMPLES,
                Optional::empty);
        window = new MainWindow(stage, context);
        stage.show();
        window.start();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> robot.window(0).hide());
    }

    @Test
    void typingIntoALivePythonInputProgramShowsItsEchoOnce(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.waitForText("#nodesStatus", "Nodes: 1 of 1 up", 60);
        driver.selectProblem("sum");
        clearInputPane(robot); // the sample is there: the student empties it to type the input
        driver.typeSolution("name = input('Your name? ')\nprint('Hello, ' + name + '!')\n");
        robot.clickOn(driver.editor().area());
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);

        awaitTranscript(robot, 90, "Your name? "::equals);
        driver.waitForText("#consoleStatus", "Running on console-pane: type its input", 10);
        robot.write("Ada"); // the keyboard went to the console's input line when Run started
        robot.push(KeyCode.ENTER);

        driver.waitForText("#consoleStatus", "Ended: exit code 0 after ", 30);
        assertThat(transcript(robot)).isEqualTo("Your name? Ada\nHello, Ada!\n");
        assertThat(driver.text("#consoleStatus")).contains("ms of CPU").contains("MB");
        assertThat(driver.text("#lastNode")).isEqualTo("Last run: console-pane");
        Screenshots.save(window.scene(), "20-console-python-input");
    }

    @Test
    void preparedInputGoesFirstAndALongRunShowsItsLinesAsPrinted(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.waitForText("#nodesStatus", "Nodes: 1 of 1 up", 60);
        driver.selectProblem("sum");
        clearInputPane(robot);
        robot.clickOn("#inputArea").write("5"); // no newline after it: input() reads it all the same
        robot.interact(() -> driver.editor().area().replaceText("import time\nn = int(input())\nfor i in range(n):\n"
                + "    print('line', i + 1)\n    time.sleep(1)\n"));
        driver.run();

        awaitTranscript(robot, 90, t -> t.startsWith("5\nline 1\n"));
        assertThat(robot.lookup("#consoleStop").query().isDisabled()).as("still running").isFalse();
        assertThat(transcript(robot)).doesNotContain("line 5");
        assertThat(robot.lookup("#consoleInput").query().isDisabled()).as("its input was ended").isTrue();
        assertThat(driver.text("#consoleStatus")).isEqualTo("Running on console-pane with the input pane as its input.");
        Screenshots.save(window.scene(), "21-console-prepared-input-streaming");

        driver.waitForText("#consoleStatus", "Ended: exit code 0 after ", 60);
        assertThat(transcript(robot)).isEqualTo("5\nline 1\nline 2\nline 3\nline 4\nline 5\n");
    }

    @Test
    void theLongestLineATerminalTakesGoesLiveAndALongerOneRunsAsABatch(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.waitForText("#nodesStatus", "Nodes: 1 of 1 up", 60);
        driver.selectProblem("sum");
        TextArea input = robot.lookup("#inputArea").queryAs(TextArea.class);
        String longest = "7".repeat(4095);
        robot.interact(() -> input.setText(longest + "\ntail"));
        robot.interact(() -> driver.editor().area().replaceText(
                "import sys\nfor line in sys.stdin:\n    print(len(line), line.endswith('\\n'))\n"));
        driver.run();

        driver.waitForText("#consoleStatus", "Ended: exit code 0 after ", 90);
        // The last line is typed with its newline, as Enter would end it; shown once, as the program read it.
        assertThat(transcript(robot)).isEqualTo(longest + "\ntail\n4096 True\n5 True\n");

        robot.interact(() -> input.setText("7" + longest + "\n"));
        driver.run();
        driver.waitForText("#runVerdict", "OK", 90);
        assertThat(driver.text("#runNote")).isEqualTo("Not run live (line 1 of the input is 4096 bytes long, and a"
                + " terminal takes at most 4095 a line): a batch run, its output shown when it ended.");
        assertThat(robot.lookup("#runStdout").queryAs(TextArea.class).getText()).isEqualTo("4097 True\n");
        Screenshots.save(window.scene(), "22-run-long-line-as-batch");
    }

    private static void clearInputPane(FxRobot robot) {
        robot.clickOn("#inputArea");
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.push(KeyCode.DELETE);
    }

    private static void awaitTranscript(FxRobot robot, int seconds, java.util.function.Predicate<String> done)
            throws java.util.concurrent.TimeoutException {
        try {
            WindowDriver.waitUntil(seconds, () -> done.test(transcript(robot)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new java.util.concurrent.TimeoutException("the console still reads \"" + transcript(robot)
                    + "\" after " + seconds + " s");
        }
    }

    private static String transcript(FxRobot robot) {
        return robot.lookup("#consoleTranscript").tryQuery().map(n -> ((TextArea) n).getText()).orElse("");
    }
}
