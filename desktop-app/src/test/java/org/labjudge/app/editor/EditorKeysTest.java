package org.labjudge.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typing as a student does: {@code else:} dedents, Backspace removes an indent, Ctrl+Space completes a word. */
@ExtendWith(ApplicationExtension.class)
class EditorKeysTest {

    private CodeEditor editor;

    @Start
    void start(Stage stage) {
        editor = new CodeEditor(TestLanguages.PYTHON, "");
        stage.setScene(new Scene(editor, 800, 500));
        stage.show();
        editor.area().requestFocus();
    }

    @Test
    void elseIsDedentedAsItIsTyped(FxRobot robot) {
        robot.clickOn(editor.area());
        robot.write("if x > 0:\nprint(x)\nelse:\nprint(-x)\n");
        assertThat(editor.text()).isEqualTo("if x > 0:\n    print(x)\nelse:\n    print(-x)\n    ");
    }

    @Test
    void backspaceInTheIndentRemovesOneLevel(FxRobot robot) {
        robot.clickOn(editor.area());
        robot.write("def f():\nif x:\n");
        assertThat(editor.text()).endsWith("\n        ");
        robot.push(KeyCode.BACK_SPACE);
        assertThat(editor.text()).isEqualTo("def f():\n    if x:\n    ");
        robot.write("return 1");
        robot.push(KeyCode.BACK_SPACE);
        assertThat(editor.text()).isEqualTo("def f():\n    if x:\n    return ");
    }

    @Test
    void ctrlSpaceOffersKeywordsAndWordsOfTheFile(FxRobot robot) {
        robot.clickOn(editor.area());
        robot.write("total_count = 0\nto");
        robot.push(KeyCode.SHORTCUT, KeyCode.SPACE);
        assertThat(editor.completions()).isPresent();
        assertThat(editor.completions().get().isShowing()).isTrue();
        assertThat(editor.completions().get().getItems()).extracting(MenuItem::getText).containsExactly("total_count");
        robot.interact(() -> editor.completions().get().getItems().get(0).fire());
        assertThat(editor.text()).isEqualTo("total_count = 0\ntotal_count");
    }
}
