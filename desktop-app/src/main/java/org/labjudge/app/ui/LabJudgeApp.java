package org.labjudge.app.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Started through {@link Launcher}, since an Application cannot be a jar's main class. */
public final class LabJudgeApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, AppContext.standard());
        stage.show();
        window.start();
    }
}
