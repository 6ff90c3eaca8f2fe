package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.labjudge.app.editor.EditorTab;
import org.testfx.api.FxRobot;

/**
 * File &gt; Exit with modified tabs never loses work: the next start opens the same tabs with the same unsaved
 * text, still marked unsaved (and the saved file on disk untouched). New files get names of their own.
 */
class KeepWorkOnExitTest extends UiTestWindow {

    private static List<String> titles(MainWindow window) {
        return window.tabs().getTabs().stream().map(Tab::getText).toList();
    }

    /**
     * A new tab's extension comes with the pool's language list, which may answer after the health poll
     * under load: the titles are read once they settle (or the wait runs out), then checked.
     */
    private static void awaitTitles(MainWindow window) {
        List<String> expected = List.of("*untitled.py", "*untitled-2.py", "*hello.py");
        try {
            WindowDriver.waitUntil(10, () -> titles(window).equals(expected));
        } catch (TimeoutException e) {
            // the assertion below names what the titles are instead
        }
        assertThat(titles(window)).isEqualTo(expected);
    }

    private static List<String> texts(MainWindow window) {
        return window.tabs().getTabs().stream().map(tab -> ((EditorTab) tab).editor().text()).toList();
    }

    @Test
    void exitWithModifiedTabsBringsThemBackAtTheNextStart(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.awaitNodeUp();
        Path saved = home.resolve("hello.py");
        Files.writeString(saved, "print('hello')\n");
        driver.typeSolution("name = input()\nprint(name)\n");
        robot.clickOn("File").clickOn("New");
        driver.typeSolution("x = 1\n");
        robot.interact(() -> window.tabs().open(saved));
        robot.clickOn(driver.editor().area());
        robot.push(KeyCode.SHORTCUT, KeyCode.END);
        robot.write("print('world')\n");
        awaitTitles(window);
        List<String> before = texts(window);

        robot.clickOn("File").clickOn("Exit");
        assertThat(Window.getWindows()).isEmpty();

        AtomicReference<MainWindow> next = new AtomicReference<>();
        robot.interact(() -> {
            try {
                next.set(WindowDriver.open(new javafx.stage.Stage(), home, node));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        awaitTitles(next.get());
        assertThat(texts(next.get())).isEqualTo(before);
        assertThat(before.get(2)).isEqualTo("print('hello')\nprint('world')\n");
        assertThat(Files.readString(saved)).as("the file itself is not written").isEqualTo("print('hello')\n");
        Screenshots.save(next.get().scene(), "13-tabs-restored-after-exit");
    }
}
