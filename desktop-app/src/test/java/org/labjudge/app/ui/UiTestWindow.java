package org.labjudge.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The set-up UI tests share: a fresh data folder, a {@link ScriptedNode}, the window on it. */
@ExtendWith(ApplicationExtension.class)
abstract class UiTestWindow {

    Path home;
    ScriptedNode node;
    MainWindow window;

    @BeforeEach
    void openWindow(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("labjudge-ui-test");
        node = new ScriptedNode();
        beforeOpening();
        robot.interact(() -> {
            try {
                window = WindowDriver.open(new Stage(), home, node);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Runs before the window opens, {@link #home} and {@link #node} made (a test's own settings go here). */
    void beforeOpening() throws Exception {
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        if (node != null) {
            node.close();
        }
    }
}
