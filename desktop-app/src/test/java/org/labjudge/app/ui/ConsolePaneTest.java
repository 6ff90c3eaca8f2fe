package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console pane against a real node (the node's shaded jar in its own process, on loopback): F5 runs a Python
 * {@code input()} program live, its prompt shows before anything is typed, the line typed into the console reaches
 * it and its echo appears, and the end says how it ended.
 */
@Tag("docker")
@ExtendWith(ApplicationExtension.class)
class ConsolePaneTest {
    private static Process node;
    private static Path home;
    private MainWindow window;

    @BeforeAll
    static void startNode() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("..", "executor-node", "target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("executor-node-.*-all\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build the node first: mvn -pl executor-node -am"
                            + " package -DskipTests"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        home = Files.createTempDirectory("labjudge-console-pane");
        Path config = home.resolve("node.json");
        // -Dlabjudge.imagePrefix=labjudge-live/ runs the node on images built under another repository.
        Files.writeString(config, "{\"imagePrefix\": \"" + System.getProperty("labjudge.imagePrefix", "labjudge/")
                + "\", \"languages\": [\"python\"]}");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        node = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(), "serve", "--config",
                config.toString(), "--port", String.valueOf(port), "--node-id", "console-pane"))
                .redirectErrorStream(true).start();
        CompletableFuture<Void> listening = new CompletableFuture<>();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (line.contains("listening on 127.0.0.1:" + port)) {
                        listening.complete(null);
                    }
                }
            } catch (IOException e) {
                // ended
            }
            listening.completeExceptionally(new IllegalStateException("the node ended: " + lines));
        });
        reader.setDaemon(true);
        reader.start();
        listening.get(180, TimeUnit.SECONDS);
        Path nodes = home.resolve("nodes.json");
        Files.writeString(nodes, "{\"nodes\": [{\"name\": \"console-pane\", \"url\": \"http://127.0.0.1:" + port
                + "\"}]}");
        new SettingsStore(home.resolve("settings.json")).save(Settings.defaults().withNodeList(nodes.toString()));
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.destroy();
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
