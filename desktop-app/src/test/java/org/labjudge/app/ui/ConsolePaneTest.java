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
 * The console pane against a real node (in this JVM, over HTTP and a WebSocket on loopback): F5 runs a Python
 * {@code input()} program live, its prompt shows before anything is typed, the line typed into the console reaches
 * it and its echo appears, and the end says how it ended.
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
    void typingIntoALivePythonInputProgramShowsItsEcho(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.waitForText("#nodesStatus", "Nodes: 1 of 1 up", 60);
        driver.selectProblem("sum");
        driver.typeSolution("name = input('Your name? ')\nprint('Hello, ' + name + '!')\n");
        robot.clickOn(driver.editor().area());
        robot.push(KeyCode.F5);

        WindowDriver.waitUntil(60, () -> transcript(robot).equals("Your name? "));
        driver.waitForText("#consoleStatus", "Running on console-pane", 10);
        robot.clickOn("#consoleInput").write("Ada");
        robot.push(KeyCode.ENTER);

        driver.waitForText("#consoleStatus", "Ended: exit code 0 after ", 30);
        assertThat(transcript(robot)).isEqualTo("Your name? Ada\nHello, Ada!\n");
        assertThat(driver.text("#consoleStatus")).contains("ms of CPU").contains("MB");
        Screenshots.save(window.scene(), "20-console-python-input");
    }

    private static String transcript(FxRobot robot) {
        return robot.lookup("#consoleTranscript").tryQuery().map(n -> ((TextArea) n).getText()).orElse("");
    }
}
