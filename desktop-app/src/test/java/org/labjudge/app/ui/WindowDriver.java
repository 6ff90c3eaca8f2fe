package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.labjudge.app.editor.CodeEditor;
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

    CodeEditor editor() {
        return window.activeEditor().orElseThrow();
    }

    /** Waits for the bundled problems and selects {@code id}. */
    void selectProblem(String id) throws TimeoutException {
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

    /** Waits until the label {@code query} starts with {@code prefix}. */
    void waitForText(String query, String prefix, int seconds) throws TimeoutException {
        try {
            waitUntil(seconds, () -> text(query).startsWith(prefix));
        } catch (TimeoutException e) {
            throw new TimeoutException(query + " still reads \"" + text(query) + "\" after " + seconds + " s");
        }
    }

    static void waitUntil(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
