package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Semaphore;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.run.TestRow;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;
import org.testfx.api.FxRobot;

/**
 * Judging shows each test's row as soon as the node has judged it (the streamed run), not all of them at the end:
 * with the node holding back every test after the first, the first row is on screen and the others are not.
 */
class ResultsArriveAsJudgedTest extends UiTestWindow {

    @Test
    void eachTestsRowAppearsAsItIsJudged(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        Semaphore gate = new Semaphore(0);
        node.gate = gate;
        node.script = request -> ScriptedNode.judged(request, test -> new TestResult(test.name(),
                Verdict.TIME_LIMIT_EXCEEDED, null, "SIGKILL", "", "", 2000, 2100, 9100, false,
                "killed after 2000 ms of CPU time"));
        driver.judge();

        @SuppressWarnings("unchecked")
        TableView<TestRow> results = robot.lookup("#resultsTable").queryAs(TableView.class);
        WindowDriver.waitUntil(10, () -> results.getItems().size() == 1);
        assertThat(driver.text("#verdictBanner")).isEqualTo("Judging\u2026 1 of 10 tests judged, 1 failed");
        assertThat(results.getItems().get(0).result().verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        Screenshots.save(window.scene(), "21-first-result-while-judging");

        gate.release(3);
        WindowDriver.waitUntil(10, () -> results.getItems().size() == 4);
        assertThat(driver.text("#verdictBanner")).startsWith("Judging\u2026 4 of 10");
        gate.release(100);
        driver.waitForText("#verdictBanner", "TIME LIMIT EXCEEDED", 10);
        assertThat(results.getItems()).hasSize(10);
    }
}
