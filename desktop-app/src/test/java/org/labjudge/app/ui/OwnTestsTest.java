package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.labjudge.app.ui.owntests.OwnTest;
import org.labjudge.app.ui.owntests.OwnTestsModel;
import org.labjudge.app.ui.owntests.OwnTestsStore;
import org.testfx.api.FxRobot;

/**
 * A student adds tests of their own beside the samples, types their input and expected output, and "Run all"
 * judges samples and own tests in one request: each own test gets its pass or fail badge, and the tests are
 * kept in the data folder for the next start.
 */
class OwnTestsTest extends UiTestWindow {

    @Test
    void addTwoOwnTestsRunAllAndSeeABadgeOnEach(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        driver.typeSolution("a, b = map(int, input().split())\nprint(a + b)\n");
        robot.interact(window::showOwnTests);

        robot.clickOn("#ownTestAdd");
        robot.clickOn("#ownTestInput").write("40 2\n");
        robot.clickOn("#ownTestExpected").write("42\n");
        robot.clickOn("#ownTestAdd");
        robot.clickOn("#ownTestInput").write("-5 5\n");
        robot.clickOn("#ownTestExpected").write("1\n");
        // The node judges as a real one would: the sum is right, the second test's expectation is not.
        node.script = request -> ScriptedNode.judged(request, test -> {
            String[] ab = test.input().trim().split(" ");
            String sum = (Integer.parseInt(ab[0]) + Integer.parseInt(ab[1])) + "\n";
            return sum.equals(test.expected()) ? ScriptedNode.accepted(test) : ScriptedNode.wrong(test, sum);
        });
        robot.clickOn("#ownTestRunAll");
        driver.waitForText("#verdictBanner", "WRONG ANSWER", 10);

        assertThat(node.requests).hasSize(1);
        assertThat(node.requests.get(0).tests()).extracting(t -> t.name())
                .containsExactly("sample/1", "sample/2", "mine-1", "mine-2");
        @SuppressWarnings("unchecked")
        ListView<OwnTest> list = robot.lookup("#ownTests").queryAs(ListView.class);
        assertThat(robot.lookup("#ownTests .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .extracting(cell -> cell.getText()).contains("\u2714 mine-1  ACCEPTED", "\u2718 mine-2  WRONG ANSWER");
        assertThat(list.getItems()).hasSize(2);
        Screenshots.save(window.scene(), "20-own-tests-badges");

        OwnTestsModel kept = new OwnTestsModel(new OwnTestsStore(home), message -> { });
        kept.show(window.problems().selected());
        assertThat(kept.tests()).containsExactly(new OwnTest("mine-1", "40 2\n", "42\n"),
                new OwnTest("mine-2", "-5 5\n", "1\n"));
    }
}
