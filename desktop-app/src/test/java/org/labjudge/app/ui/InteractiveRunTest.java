package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.run.TestRow;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;
import org.testfx.api.FxRobot;

/**
 * Run (Ctrl+Enter) on an interactive problem plays the program against the problem's interactor on the samples
 * (alone it would wait for an interactor that is not there): the request carries the interactive validator and
 * the samples, and each sample's row shows the interactor's feedback and the sample's dialogue, not a diff of an
 * output that went to the interactor.
 */
class InteractiveRunTest extends UiTestWindow {

    /** What a node answers a program that guesses one too high: the interactor's rejection and its feedback. */
    private static TestResult guessedWrong(TestCase test) {
        return new TestResult(test.name(), Verdict.WRONG_ANSWER, 0, null, "", "", 31, 40, 9100, false,
                "the output validator rejected the output (exit 43)", "guessed 8 but the number is 7", null);
    }

    @Test
    void runPlaysAgainstTheInteractorOnTheSamplesAndShowsTheDialogue(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("guess-a-number");
        node.script = request -> ScriptedNode.judged(request, InteractiveRunTest::guessedWrong);

        driver.typeSolution("print('! 8', flush=True)\n");
        driver.run();
        driver.waitForText("#verdictBanner", "WRONG ANSWER", 10);

        RunRequest sent = node.requests.get(0);
        assertThat(sent.validator()).isNotNull();
        assertThat(sent.validator().interactive()).isTrue();
        assertThat(sent.tests()).extracting(TestCase::name).containsExactly("sample/1");
        assertThat(sent.stdin()).isEmpty();
        assertThat(driver.text("#verdictBanner")).contains("0 of 1 tests passed");
        @SuppressWarnings("unchecked")
        TableView<TestRow> results = robot.lookup("#resultsTable").queryAs(TableView.class);
        TestRow row = results.getSelectionModel().getSelectedItem();
        assertThat(row.interactive()).isTrue();
        assertThat(driver.text("#diffTitle"))
                .isEqualTo("Test sample/1 (WRONG ANSWER), against the interactor: the sample's dialogue.");
        TextArea dialogue = robot.lookup("#diffDialogue").queryAs(TextArea.class);
        assertThat(dialogue.isVisible()).isTrue();
        assertThat(dialogue.getText()).startsWith("judge: 10\nyou:   ? 5\njudge: up\n").endsWith("you:   ! 7\n");
        assertThat(robot.lookup("#diffTable").queryAs(TableView.class).isVisible()).isFalse();
        assertThat(driver.text("#diffNote")).startsWith("Feedback: guessed 8 but the number is 7\n")
                .contains("the output validator rejected the output (exit 43)");
        Screenshots.save(window.scene(), "33-interactive-run-dialogue");
    }
}
