package org.labjudge.app.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once a scene has laid out its first frame, so start-up work does not delay the window. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code task} on the UI thread after the next layout pulse of {@code scene} (at once if none is showing). */
    public static void then(Scene scene, Runnable task) {
        if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
            task.run();
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // After the pulse, not inside it: the frame is handed to the renderer first.
            Platform.runLater(task);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
