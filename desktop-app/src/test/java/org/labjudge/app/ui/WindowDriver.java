package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.labjudge.app.editor.CodeEditor;
import org.labjudge.app.ui.settings.Settings;
import org.labjudge.app.ui.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What UI tests do to the window as a user would: pick a problem, type a solution, press the keys. */
final class WindowDriver {

    /** The repository's sample problems (tests run in {@code desktop-app/}). */
    static final Path EXAMPLES = Path.of("..", "examples", "problems").toAbsolutePath().normalize();

    private final FxRobot robot;
    private final MainWindow window;

    WindowDriver(FxRobot robot, MainWindow window) {
        this.robot = robot;
        this.window = window;
    }

    /**
     * A window on {@code stage} whose data folder is {@code home} and whose node list names {@code node}, as a
     * student's first start would open it (no local node is ever started).
     */
    /**
     * Every default language server turned off: a test of something else sees only the compiler's marks and the
     * word completion, whatever is installed ({@code LanguageServerEditorTest} turns clangd on).
     */
    static final java.util.Map<String, String> NO_LANGUAGE_SERVERS = org.labjudge.app.editor.lsp.ServerCommands.DEFAULTS
            .keySet().stream().collect(java.util.stream.Collectors.toMap(id -> id, id -> ""));

    static MainWindow open(Stage stage, Path home, ScriptedNode node) throws IOException {
        SettingsStore store = new SettingsStore(home.resolve("settings.json"));
        if (!Files.exists(store.file())) {
            store.save(Settings.defaults().withNodeList(node.nodeList(home).toString())
                    .withLanguageServers(NO_LANGUAGE_SERVERS));
        }
        MainWindow window = new MainWindow(stage, new AppContext(store, EXAMPLES, Optional::empty));
        stage.show();
        window.start();
        return window;
    }

    CodeEditor editor() {
        return window.activeEditor().orElseThrow();
    }

    /** Waits until the status bar counts the node up (the pool client has polled it). */
    void awaitNodeUp() throws TimeoutException {
        waitForText("#nodesStatus", "Nodes: 1 of 1 up", 10);
    }

    /** Waits for the bundled problems and the node, and selects {@code id}. */
    void selectProblem(String id) throws TimeoutException {
        awaitNodeUp();
        waitUntil(10, () -> window.problems().list().getItems().stream().anyMatch(p -> p.id().equals(id)));
        robot.interact(() -> window.problems().select(id));
        assertThat(window.problems().selected().id()).isEqualTo(id);
    }

    /** Replaces the editor's text by typing {@code source} (auto-indent is on, so type lines without indent). */
    void typeSolution(String source) {
        robot.clickOn(editor().area());
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.push(KeyCode.DELETE);
        robot.write(source);
    }

    void judge() {
        robot.clickOn(editor().area());
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.ENTER);
    }

    void run() {
        robot.clickOn(editor().area());
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /**
     * The label's text, or {@code null} while no such label is on screen (a pane built when first needed). Looked up
     * on the FX thread: a lookup from the test's thread while the window changes its nodes (a judging's rows and
     * columns arriving) can meet a child list in the middle of a change.
     */
    private String textIfShown(String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery()
                    .map(node -> ((Labeled) node).getText()).orElse(null)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IllegalStateException("looking up " + query, e);
        }
    }

    /** Waits until the label {@code query} is on screen and starts with {@code prefix}. */
    void waitForText(String query, String prefix, int seconds) throws TimeoutException {
        try {
            waitUntil(seconds, () -> {
                String text = textIfShown(query);
                return text != null && text.startsWith(prefix);
            });
        } catch (TimeoutException e) {
            throw new TimeoutException(query + " still reads \"" + textIfShown(query) + "\" after " + seconds + " s");
        }
    }

    static void waitUntil(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
