package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.run.TestRow;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;
import org.testfx.api.FxRobot;

/**
 * Run &gt; "Stop at first failure" asks the node to skip the tests after the first that fails; without it all
 * tests run.
 */
class StopAtFirstFailureTest extends UiTestWindow {

    @Test
    void theCheckBoxAsksForAJudgingThatStopsAtTheFirstFailure(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        node.script = request -> {
            AtomicBoolean failed = new AtomicBoolean();
            return ScriptedNode.judged(request, test -> {
                if (failed.get() && request.stopOnFirstFailure()) {
                    return new TestResult(test.name(), Verdict.SKIPPED, null, null, "", "", 0, 0, 0, false, null);
                }
                failed.set(true);
                return ScriptedNode.wrong(test, "0\n");
            });
        };
        driver.judge();
        driver.waitForText("#verdictBanner", "WRONG ANSWER", 10);
        assertThat(node.requests.get(0).stopOnFirstFailure()).isFalse();

        robot.clickOn("Run").clickOn("Stop at first failure");
        driver.judge();
        WindowDriver.waitUntil(10, () -> node.requests.size() == 2 && driver.text("#verdictBanner").startsWith("WRONG"));
        assertThat(node.requests.get(1).stopOnFirstFailure()).isTrue();
        @SuppressWarnings("unchecked")
        TableView<TestRow> results = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertThat(results.getItems()).extracting(row -> row.result().verdict())
                .startsWith(Verdict.WRONG_ANSWER, Verdict.SKIPPED).hasSize(10);
        Screenshots.save(window.scene(), "17-stop-at-first-failure");
    }
}
