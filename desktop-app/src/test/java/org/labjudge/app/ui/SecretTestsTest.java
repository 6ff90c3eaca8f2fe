package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.run.DiffLine;
import org.labjudge.app.ui.run.TestRow;
import org.testfx.api.FxRobot;

/** A secret test's data never reaches the screen: its verdict shows, its expected output, input and output do not. */
class SecretTestsTest extends UiTestWindow {

    @Test
    void aFailedSecretTestShowsOnlyItsVerdict(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        // The largest sum is wrong: its input (1000000000 1000000000) and answer (2000000000) must not show.
        node.script = request -> ScriptedNode.judged(request, test -> test.expected().strip().equals("2000000000")
                ? ScriptedNode.wrong(test, "-294967296\n") : ScriptedNode.accepted(test));
        driver.judge();
        driver.waitForText("#verdictBanner", "WRONG ANSWER", 10);

        @SuppressWarnings("unchecked")
        TableView<TestRow> results = robot.lookup("#resultsTable").queryAs(TableView.class);
        TestRow selected = results.getSelectionModel().getSelectedItem();
        assertThat(selected.secret()).isTrue();
        assertThat(selected.test().expected()).isEqualTo("2000000000\n");
        assertThat(driver.text("#diffTitle")).contains("a secret test").doesNotContain("2000000000")
                .doesNotContain("1000000000").doesNotContain("-294967296");
        assertThat(driver.text("#diffNote")).doesNotContain("2000000000").doesNotContain("expected")
                .doesNotContain("-294967296");
        @SuppressWarnings("unchecked")
        TableView<DiffLine> diff = robot.lookup("#diffTable").queryAs(TableView.class);
        assertThat(diff.getItems()).isEmpty();
        Screenshots.save(window.scene(), "15-secret-test-hidden");
    }
}
