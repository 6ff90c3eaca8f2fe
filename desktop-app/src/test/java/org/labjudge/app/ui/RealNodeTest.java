package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.app.editor.Language;
import org.labjudge.app.localnode.ProcessNodeStarter;
import org.labjudge.app.pool.LocalNodeStarter;
import org.labjudge.app.ui.run.DiffLine;
import org.labjudge.app.ui.settings.Settings;
import org.labjudge.app.ui.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A student's session against a real executor node on loopback (started from the node's shaded jar, as the
 * app's embedded node is): type a solution to a bundled problem, judge it, see ACCEPTED; break it, see
 * WRONG_ANSWER and the diff; a C compile error moves the caret to its line; a scoring problem's partial solution
 * shows its total, its groups' scores and its validator's feedback per test.
 */
@Tag("docker")
@ExtendWith(ApplicationExtension.class)
class RealNodeTest {

    private static LocalNodeStarter.LocalNode node;
    private static Path home;
    private static Settings firstStart;
    private static String previousHome;
    private MainWindow window;

    @BeforeAll
    static void startNode() throws Exception {
        // The starter finds executor-node/target/*-all.jar under labjudge.home (bin/labjudge sets it).
        previousHome = System.getProperty("labjudge.home");
        if (previousHome == null) {
            System.setProperty("labjudge.home", Path.of("..").toAbsolutePath().normalize().toString());
        }
        node = new ProcessNodeStarter().start().orElseThrow(() -> new IllegalStateException(
                "cannot start a local node: needs a Docker engine and executor-node/target/executor-node-*-all.jar"
                        + " (mvn -pl executor-node -am package -DskipTests)"));
        home = Files.createTempDirectory("labjudge-real-node");
        Path nodes = home.resolve("nodes.json");
        Files.writeString(nodes, "{\"nodes\": [{\"name\": \"local-test\", \"url\": \"" + node.url() + "\"}]}");
        firstStart = Settings.defaults().withNodeList(nodes.toString()).withLanguageServers(WindowDriver.NO_LANGUAGE_SERVERS);
        new SettingsStore(home.resolve("settings.json")).save(firstStart);
    }

    @AfterAll
    static void stopNode() {
        if (previousHome == null) {
            System.clearProperty("labjudge.home"); // leave no trace for the pool's own tests in this JVM
        }
        if (node != null) {
            node.close();
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        AppContext context = new AppContext(new SettingsStore(home.resolve("settings.json")), WindowDriver.EXAMPLES,
                java.util.Optional::empty);
        window = new MainWindow(stage, context);
        stage.show();
        window.start();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws IOException {
        robot.interact(() -> robot.window(0).hide());
        // Each test starts as a first start does, not with the tabs and language the last one left (a folder's C).
        Files.deleteIfExists(home.resolve("session.json"));
        new SettingsStore(home.resolve("settings.json")).save(firstStart);
    }

    @Test
    void typeJudgeBreakAndFixOnARealNode(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.waitForText("#nodesStatus", "Nodes: 1 of 1 up", 60);
        driver.selectProblem("sum");

        driver.typeSolution("a, b = map(int, input().split())\nprint(a + b)\n");
        driver.judge();
        driver.waitForText("#verdictBanner", "ACCEPTED", 90);
        assertThat(driver.text("#verdictBanner")).contains("10 of 10 tests passed").contains("local");
        assertThat(driver.text("#lastNode")).startsWith("Last run: local");
        Screenshots.save(window.scene(), "10-real-node-accepted");

        driver.run(); // live in the console pane, the sample in the input pane typed first
        driver.waitForText("#consoleStatus", "Ended: exit code 0", 60);
        assertThat(robot.lookup("#consoleTranscript").queryAs(TextArea.class).getText()).isEqualTo("1 2\n3\n");

        // Break it with find and replace, as a student would.
        robot.clickOn(driver.editor().area());
        robot.push(KeyCode.SHORTCUT, KeyCode.F);
        robot.write("a + b");
        robot.clickOn("#replaceField").write("a - b");
        robot.clickOn("#replaceAll");
        assertThat(driver.editor().text()).contains("print(a - b)");
        driver.judge();
        driver.waitForText("#verdictBanner", "WRONG ANSWER", 90);
        @SuppressWarnings("unchecked")
        TableView<DiffLine> diff = robot.lookup("#diffTable").queryAs(TableView.class);
        assertThat(diff.getItems()).containsExactly(new DiffLine(1, "3", 1, "-1", DiffLine.Kind.CHANGED));
        Screenshots.save(window.scene(), "11-real-node-wrong-answer");

        // A compile error in C: clicking it moves the caret to its line.
        @SuppressWarnings("unchecked")
        ChoiceBox<Language> languages = robot.lookup("#languageChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> languages.setValue(languages.getItems().stream()
                .filter(language -> language.id().equals("c")).findFirst().orElseThrow()));
        driver.typeSolution("#include <stdio.h>\nint main(void) {\nreturn missing + 1;\n}\n");
        assertThat(driver.editor().text()).contains("    return missing + 1;");
        robot.interact(() -> driver.editor().area().moveTo(0));
        driver.judge();
        driver.waitForText("#compileTitle", "Compile errors", 90);
        robot.clickOn(robot.lookup("#compileErrors .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(driver.editor().caretLine()).isEqualTo(3);
        assertThat(driver.editor().caretColumn()).isEqualTo(12);
        // gcc's message is underlined in the code, where it points.
        org.fxmisc.richtext.CodeArea area = driver.editor().area();
        int missing = area.getAbsolutePosition(2, 11);
        assertThat(area.getText(missing, missing + 7)).isEqualTo("missing");
        assertThat(area.getStyleOfChar(missing)).contains("mark-error");
        assertThat(driver.editor().markersAt(missing)).extracting(org.labjudge.app.editor.Marker::text)
                .containsExactly("error: \u2018missing\u2019 undeclared (first use in this function)");
        Screenshots.save(window.scene(), "12-real-node-compile-error");
    }

    @Test
    void runOnAnInteractiveProblemPlaysAgainstItsInteractorOnARealNode(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.waitForText("#nodesStatus", "Nodes: 1 of 1 up", 60);
        driver.selectProblem("guess-a-number");
        Path solution = WindowDriver.EXAMPLES.resolve("guess-a-number/submissions/accepted/binary_search.py");
        String right = Files.readString(solution);
        robot.interact(() -> driver.editor().area().replaceText(right));

        driver.run();
        driver.waitForText("#verdictBanner", "ACCEPTED", 90);
        assertThat(driver.text("#verdictBanner")).contains("1 of 1 tests passed");

        // One too high: the interactor says what went wrong, and that is what the student reads.
        robot.interact(() -> driver.editor().area().replaceText(
                right.replace("print(\"!\", mid, flush=True)", "print(\"!\", mid + 1, flush=True)")));
        driver.run();
        driver.waitForText("#verdictBanner", "WRONG ANSWER", 90);
        assertThat(driver.text("#diffTitle")).startsWith("Test sample/1 (WRONG ANSWER), against the interactor");
        assertThat(driver.text("#diffNote")).startsWith("Feedback: wrong answer");
        assertThat(robot.lookup("#diffDialogue").queryAs(TextArea.class).getText()).startsWith("judge: 10\n");
        Screenshots.save(window.scene(), "13-real-node-interactive-run");
    }

    /** A folder of two C files, gcc's error in the header: real gcc's message marks the header's tab at its place. */
    @Test
    void aFoldersCompileErrorInItsHeaderIsMarkedInTheHeaderOnARealNode(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.waitForText("#nodesStatus", "Nodes: 1 of 1 up", 60);
        driver.selectProblem("sum");
        Path prog = Files.createDirectories(home.resolve("two-files"));
        Files.writeString(prog.resolve("main.c"), "#include <stdio.h>\n#include \"util.h\"\nint main(void) {\n"
                + "    int a, b;\n    scanf(\"%d %d\", &a, &b);\n    printf(\"%d\\n\", add(a, b));\n    return 0;\n}\n");
        Files.writeString(prog.resolve("util.h"), "static int add(int a, int b) {\n    return a + c;\n}\n");
        robot.interact(() -> window.openFolder(prog));
        org.labjudge.app.editor.EditorTab util = window.tabs().getTabs().stream()
                .filter(org.labjudge.app.editor.EditorTab.class::isInstance).map(org.labjudge.app.editor.EditorTab.class::cast)
                .filter(t -> t.file().map(f -> f.endsWith("util.h")).orElse(false)).findFirst().orElseThrow();
        robot.interact(() -> window.tabs().getTabs().stream()
                .filter(t -> t instanceof org.labjudge.app.editor.EditorTab e && e.file().map(f -> f.endsWith("main.c"))
                        .orElse(false)).findFirst().ifPresent(window.tabs().getSelectionModel()::select));

        driver.judge();
        driver.waitForText("#compileTitle", "Compile errors", 90);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.labjudge.app.ui.run.CompilerMessage> list =
                robot.lookup("#compileErrors").queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).extracting(Object::toString)
                .contains("util.h, line 2, column 16: error: \u2018c\u2019 undeclared (first use in this function)");
        org.fxmisc.richtext.CodeArea area = util.editor().area();
        int c = area.getAbsolutePosition(1, 15);
        assertThat(area.getText(c, c + 1)).isEqualTo("c");
        assertThat(area.getStyleOfChar(c)).contains("mark-error");
        assertThat(util.getGraphic().getStyleClass()).contains("tab-mark-error");

        robot.clickOn(robot.lookup("#compileErrors .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(window.tabs().getSelectionModel().getSelectedItem()).isSameAs(util);
        assertThat(util.editor().caretLine()).isEqualTo(2);
        assertThat(util.editor().caretColumn()).isEqualTo(16);
        Screenshots.save(window.scene(), "14-real-node-folder-compile-error");
    }

    /**
     * A scoring problem judged by a custom validator that tells the student how each test went: the bundled
     * {@code inversions} (two groups, 30 and 70 points) given a Python validator, opened as a student opens a
     * package, and its quadratic solution, fast enough for the small group only.
     */
    @Test
    void aScoringProblemsPartialSolutionShowsGroupScoresAndFeedbackOnARealNode(FxRobot robot) throws Exception {
        Path problem = home.resolve("scored").resolve("inversions");
        copyTree(WindowDriver.EXAMPLES.resolve("inversions"), problem);
        Files.writeString(problem.resolve("problem.yaml"),
                Files.readString(problem.resolve("problem.yaml")) + "validation: custom\n");
        Path validator = Files.createDirectories(problem.resolve("output_validators").resolve("count_check"));
        Files.writeString(validator.resolve("count_check.py"), String.join("\n",
                "import sys",
                "answer = int(open(sys.argv[2]).read())",
                "words = sys.stdin.read().split()",
                "def verdict(message, code):",
                "    with open(sys.argv[3] + 'teammessage.txt', 'w') as f:",
                "        f.write(message)",
                "    sys.exit(code)",
                "if len(words) != 1 or not words[0].isdigit():",
                "    verdict('print the count as one integer', 43)",
                "got = int(words[0])",
                "if got < answer:",
                "    verdict('too few: some inverted pairs were not counted', 43)",
                "if got > answer:",
                "    verdict('too many: some pairs were counted that are in order', 43)",
                "verdict('right: every inverted pair counted', 42)", ""));
        WindowDriver driver = new WindowDriver(robot, window);
        driver.waitForText("#nodesStatus", "Nodes: 1 of 1 up", 60);
        robot.interact(() -> window.openProblems(problem.getParent(), false));
        // The opened folder (one package) replaces the bundled problems, whose inversions has no validator.
        WindowDriver.waitUntil(30, () -> window.problems().list().getItems().size() == 1);
        driver.selectProblem("inversions");
        assertThat(window.problems().selected().validator()).isNotNull();
        String quadratic = Files.readString(
                WindowDriver.EXAMPLES.resolve("inversions/submissions/partially_accepted/quadratic.py"));
        robot.interact(() -> driver.editor().area().replaceText(quadratic));

        driver.judge();
        driver.waitForText("#verdictBanner", "ACCEPTED", 180);
        assertThat(driver.text("#verdictBanner")).contains("Score: 30 / 100");
        @SuppressWarnings("unchecked")
        TableView<org.labjudge.app.ui.run.GroupScoreRow> groups = robot.lookup("#groupScores").queryAs(TableView.class);
        assertThat(groups.isVisible()).isTrue();
        assertThat(groups.getItems()).extracting(g -> g.name() + " " + g.group().verdict() + " " + g.testsText() + " "
                + g.scoreText()).containsExactly(
                        "secret/1-small ACCEPTED 3 of 3 passed 30 / 30",
                        "secret/2-large TIME_LIMIT_EXCEEDED 0 of 2 passed 0 / 70");
        @SuppressWarnings("unchecked")
        TableView<org.labjudge.app.ui.run.TestRow> tests = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertThat(tests.getColumns()).filteredOn(c -> "scoreColumn".equals(c.getId()) || "feedbackColumn".equals(c.getId()))
                .allMatch(javafx.scene.control.TableColumn::isVisible).hasSize(2);
        assertThat(tests.getItems()).extracting(row -> row.name() + " " + row.scoreText() + " " + row.feedbackLine())
                .containsExactly(
                        "sample/1  right: every inverted pair counted",
                        "sample/2  right: every inverted pair counted",
                        "secret/1-small/01 10 right: every inverted pair counted",
                        "secret/1-small/02 10 right: every inverted pair counted",
                        "secret/1-small/03 10 right: every inverted pair counted",
                        "secret/2-large/01 0 ",
                        "secret/2-large/02 0 ");
        // The first failure is selected: the large group's first test, too slow, its data kept secret.
        assertThat(tests.getSelectionModel().getSelectedItem().name()).isEqualTo("secret/2-large/01");
        assertThat(tests.getSelectionModel().getSelectedItem().result().verdict())
                .isEqualTo(org.labjudge.protocol.Verdict.TIME_LIMIT_EXCEEDED);
        // The student drags the results pane up to see every row at once.
        javafx.scene.control.SplitPane editorAndResults = robot.lookup(".split-pane").queryAllAs(
                javafx.scene.control.SplitPane.class).stream()
                .filter(pane -> pane.getItems().contains(window.tabs())).findFirst().orElseThrow();
        robot.interact(() -> editorAndResults.setDividerPositions(0.25));
        Screenshots.save(window.scene(), "15-real-node-scoring-groups-feedback");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
