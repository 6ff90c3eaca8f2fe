package org.labjudge.app.editor;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows editors headless (Monocle) with the app's editor and light-theme styles, as the tests' windows. */
public final class EditorStage {
    private EditorStage() {
    }

    /** Puts {@code root} in a {@code width} x {@code height} scene on {@code stage} and shows it. */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(CodeEditor.class.getResource("code.css").toExternalForm(),
                CodeEditor.class.getResource("/org/labjudge/app/ui/light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
