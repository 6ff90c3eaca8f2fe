package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.app.editor.EditorTab;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.SourceFile;
import org.testfx.api.FxRobot;

/**
 * File &gt; Open folder: the folder is one submission, its program's files each in a tab; Judge (and Run) from any
 * of them sends every file as the editor has it, unsaved edits included, and names the problem, so the node
 * finds the main file by the language's rule.
 */
class FolderSubmissionTest extends UiTestWindow {

    @Test
    void aFolderOpensInTabsAndJudgeSendsAllItsFiles(FxRobot robot) throws Exception {
        Path prog = Files.createDirectories(home.resolve("prog"));
        Files.writeString(prog.resolve("sum.py"), "from arith import add\nprint(add(*map(int, input().split())))\n");
        Files.writeString(prog.resolve("arith.py"), "def add(a, b):\n    return a - b\n");
        Files.writeString(prog.resolve("notes.md"), "# not a source\n");
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");
        node.script = request -> ScriptedNode.judged(request, ScriptedNode::accepted);

        robot.interact(() -> window.openFolder(prog));

        assertThat(editorTabs()).extracting(tab -> tab.file().orElseThrow().getFileName().toString())
                .containsExactly("arith.py", "sum.py");
        assertThat(driver.text("#folderLabel")).isEqualTo("Submission: prog/ (2 files, python)");
        // Fix the helper in its tab without saving: the judged program is what the editor shows.
        EditorTab arith = editorTabs().get(0);
        robot.interact(() -> window.tabs().getSelectionModel().select(arith));
        driver.typeSolution("def add(a, b):\nreturn a + b\n");
        robot.interact(() -> window.tabs().getSelectionModel().select(editorTabs().get(1)));
        driver.judge();
        driver.waitForText("#verdictBanner", "ACCEPTED", 10);

        RunRequest sent = node.requests.get(0);
        assertThat(sent.source()).isNull();
        assertThat(sent.language()).isEqualTo("python");
        assertThat(sent.problem()).isEqualTo("sum");
        assertThat(sent.files()).extracting(SourceFile::name).containsExactly("arith.py", "sum.py");
        assertThat(sent.files().get(0).content()).contains("return a + b").doesNotContain("a - b");
        assertThat(Files.readString(prog.resolve("arith.py"))).contains("a - b"); // not saved by judging
        Screenshots.save(window.scene(), "30-folder-submission");
    }

    @Test
    void aTabOutsideTheFolderStillRunsAlone(FxRobot robot) throws Exception {
        Path prog = Files.createDirectories(home.resolve("prog"));
        Files.writeString(prog.resolve("main.c"), "int main(void) { return 0; }\n");
        WindowDriver driver = new WindowDriver(robot, window);
        driver.awaitNodeUp();
        robot.interact(() -> window.openFolder(prog));
        robot.interact(() -> window.newFile());

        driver.run();
        WindowDriver.waitUntil(10, () -> node.requests.size() == 1);

        assertThat(node.requests.get(0).source()).isNotNull();
        assertThat(node.requests.get(0).files()).isEmpty();
    }

    private List<EditorTab> editorTabs() {
        return window.tabs().getTabs().stream().filter(EditorTab.class::isInstance).map(EditorTab.class::cast)
                .filter(tab -> tab.file().isPresent()).toList();
    }
}
