package org.labjudge.app.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An interactive problem's samples are shown as its dialogues: the format keeps their input (which holds the
 * secret) and answer from students.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemPaneTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "problems");
    private ProblemPane pane;

    @Start
    void start(Stage stage) {
        pane = new ProblemPane(sample -> { });
        stage.setScene(new Scene(pane, 600, 500));
        stage.show();
    }

    @Test
    void anInteractiveProblemShowsItsSampleDialogueAndNotItsSampleInput(FxRobot robot) throws Exception {
        ProblemPackage guess = ProblemPackages.load(EXAMPLES.resolve("guess-a-number"));

        robot.interact(() -> pane.showSet(List.of(guess)));

        TextArea dialogue = robot.lookup("#sampleInteraction1").queryAs(TextArea.class);
        assertThat(dialogue.getText()).startsWith("judge: 10\nyou:   ? 5\njudge: up\n").endsWith("you:   ! 7\n");
        assertThat(robot.lookup("#useSample1").tryQuery()).isEmpty();
        assertThat(robot.lookup(".text-area").queryAllAs(TextArea.class))
                .noneMatch(area -> area.getText().contains("10 7"));
    }

    @Test
    void aMultiPassProblemShowsWhereItsPassesBreak(FxRobot robot) throws Exception {
        ProblemPackage relay = ProblemPackages.load(EXAMPLES.resolve("relay-word"));

        robot.interact(() -> pane.showSet(List.of(relay)));

        assertThat(robot.lookup("#sampleInteraction1").queryAs(TextArea.class).getText())
                .isEqualTo("judge: encode\njudge: ab\nyou:   29\n--- next run ---\njudge: decode\njudge: 29\nyou:   ab\n");
    }
}
