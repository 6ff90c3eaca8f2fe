package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.app.ui.run.DiffLine;
import org.labjudge.app.ui.run.PoolRunGateway;
import org.labjudge.app.ui.run.TestRow;
import org.labjudge.app.ui.settings.SettingsStore;
import org.labjudge.app.ui.settings.Theme;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window driven as a student would, headless, with a stub gateway in place of the pool (so these tests
 * need no Docker; {@link RealNodeTest} judges on a real node). A node list given in the settings goes to the
 * real pool client, so a broken file shows the pool's own message.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Path home;
    private MainWindow window;
    private WindowDriver driver;
    private volatile Function<RunRequest, CompletableFuture<RunResult>> responder =
            request -> CompletableFuture.completedFuture(StubGateway.ran(request, ""));
    private final StubGateway gateway = new StubGateway(request -> responder.apply(request));

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("labjudge-ui-test");
        AppContext context = new AppContext(new SettingsStore(home.resolve("settings.json")),
                nodeList -> nodeList == null ? gateway : PoolRunGateway.open(nodeList), WindowDriver.EXAMPLES);
        window = new MainWindow(stage, context);
        stage.show();
        window.start();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> robot.window(0).hide());
    }

    /** A stub judge: a program containing {@code a + b} is right, anything else prints -1. */
    private static RunResult sumJudge(RunRequest request) {
        boolean right = request.source().contains("a + b");
        return StubGateway.judged(request, test -> right ? StubGateway.accepted(test) : StubGateway.wrong(test, "-1\n"));
    }

    @Test
    void judgingShowsVerdictsAndTheDiffOfAFailedTest(FxRobot robot) throws Exception {
        driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        Screenshots.save(window.scene(), "01-problem-and-editor");
        responder = request -> CompletableFuture.completedFuture(sumJudge(request));

        driver.typeSolution("a, b = map(int, input().split())\nprint(a + b)\n");
        driver.judge();
        driver.waitForText("#verdictBanner", "ACCEPTED", 10);
        assertThat(driver.text("#verdictBanner")).contains("10 of 10 tests passed").contains("stub-01");
        assertThat(gateway.requests.get(0).tests()).hasSize(10);
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
    void ctrlEnterRunsWithTheInputPaneAsStdin(FxRobot robot) throws Exception {
        driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        assertThat(robot.lookup("#inputArea").queryAs(TextArea.class).getText()).isEqualTo("1 2\n");
        responder = request -> CompletableFuture.completedFuture(StubGateway.ran(request, "3\n"));
        driver.run();
        driver.waitForText("#runVerdict", "OK", 10);
        assertThat(gateway.requests.get(0).stdin()).isEqualTo("1 2\n");
        assertThat(gateway.requests.get(0).tests()).isEmpty();
        assertThat(robot.lookup("#runStdout").queryAs(TextArea.class).getText()).isEqualTo("3\n");
        assertThat(driver.text("#runExitCode")).isEqualTo("0");
        assertThat(driver.text("#runTime")).isEqualTo("7 ms");
        assertThat(driver.text("#runMemory")).isEqualTo("8.0 MB");
    }

    @Test
    void aCompileErrorMovesTheCaretToItsLine(FxRobot robot) throws Exception {
        driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        responder = request -> CompletableFuture.completedFuture(StubGateway.compileError(request,
                "main.c: In function 'main':\nmain.c:4:5: error: expected ';' before 'printf'\n"));
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
        Path broken = home.resolve("nodes.json");
        Files.writeString(broken, "{\"nodes\": [{\"name\": \"lab-01\", \"url\": \"ftp://127.0.0.1\"}]}");
        robot.interact(() -> window.useNodeList(broken.toString()));
        WindowDriver.waitUntil(10, () -> driver.text("#nodesStatus").equals("No nodes"));
        String message = driver.text("#statusMessage");
        assertThat(message).contains("nodes.json").contains("url");
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
        responder = request -> new CompletableFuture<>();
        driver.judge();
        WindowDriver.waitUntil(5, () -> robot.lookup("#cancelButton").query().isVisible());
        assertThat(robot.lookup("#runProgress").query().isVisible()).isTrue();
        robot.clickOn(window.activeEditor().orElseThrow().area()).write("# still typing\n");
        assertThat(window.activeEditor().orElseThrow().text()).contains("# still typing");
        robot.clickOn("#cancelButton");
        driver.waitForText("#verdictBanner", "Judging cancelled.", 5);
        assertThat(gateway.futures.get(0).isCancelled()).isTrue();
        assertThat(robot.lookup("#runProgress").query().isVisible()).isFalse();
    }
}
