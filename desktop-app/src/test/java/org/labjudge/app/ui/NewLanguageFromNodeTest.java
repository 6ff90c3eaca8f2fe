package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.app.editor.Family;
import org.labjudge.app.ui.settings.Settings;
import org.labjudge.app.ui.settings.SettingsStore;
import org.labjudge.node.ExecutorNode;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Adding a language is a Dockerfile plus one table entry, and nothing in the app: a real node whose table has
 * an entry this app has never heard of (AWK, run by the Bash image's awk) makes the editor offer it with the
 * node's name and starter program, as plain text, and runs it there.
 */
@Tag("docker")
@ExtendWith(ApplicationExtension.class)
class NewLanguageFromNodeTest {

    private static final String STARTER = "# Print every line reversed word by word.\n"
            + "{ for (i = NF; i > 0; i--) printf \"%s%s\", $i, (i > 1 ? \" \" : \"\\n\") }\n";

    private static ExecutorNode node;
    private static Path home;
    private MainWindow window;

    @BeforeAll
    static void startNodeWithAnExtraLanguage() throws IOException {
        LanguageTable table = new LanguageTable(List.of(LanguageTable.defaults().find("python").orElseThrow()))
                .with(Language.builder("awk", "AWK (mawk)").image("bash")
                        .extensions("awk")
                        .run("awk", "-f", "{file}")
                        .template(STARTER)
                        .build());
        NodeConfig config = NodeConfig.builder().set("bind", "127.0.0.1").set("port", 0)
                .set("nodeId", "awk-" + UUID.randomUUID().toString().substring(0, 8)).build();
        node = ExecutorNode.start(config, "test", table);
        home = Files.createTempDirectory("labjudge-new-language");
        Path nodes = home.resolve("nodes.json");
        Files.writeString(nodes, "{\"nodes\": [{\"name\": \"awk-node\", \"url\": \"http://127.0.0.1:" + node.port()
                + "\"}]}");
        new SettingsStore(home.resolve("settings.json")).save(Settings.defaults().withNodeList(nodes.toString()));
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.shutdown();
        }
    }

    @Start
    void start(Stage stage) {
        AppContext context = new AppContext(new SettingsStore(home.resolve("settings.json")), WindowDriver.EXAMPLES,
                java.util.Optional::empty);
        window = new MainWindow(stage, context);
        stage.show();
        window.start();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> robot.window(0).hide());
    }

    @Test
    void theEditorOffersALanguageOnlyTheNodeKnowsAndRunsIt(FxRobot robot) throws Exception {
        assertThat(Family.of("awk")).as("the app has no rules of its own for AWK").isEqualTo(Family.PLAIN);
        WindowDriver driver = new WindowDriver(robot, window);
        @SuppressWarnings("unchecked")
        ChoiceBox<org.labjudge.app.editor.Language> choice = robot.lookup("#languageChoice").queryAs(ChoiceBox.class);
        WindowDriver.waitUntil(60, () -> choice.getItems().stream().anyMatch(l -> l.id().equals("awk")));
        assertThat(choice.getItems()).extracting(org.labjudge.app.editor.Language::id).containsExactly("python", "awk");

        org.labjudge.app.editor.Language awk = choice.getItems().get(1);
        robot.interact(() -> choice.setValue(awk));
        assertThat(awk.displayName()).isEqualTo("AWK (mawk)");
        assertThat(driver.editor().language().id()).isEqualTo("awk");
        assertThat(driver.editor().text()).isEqualTo(STARTER);
        assertThat(window.tabs().active().orElseThrow().getText()).isEqualTo("untitled.awk");

        robot.interact(() -> robot.lookup("#inputArea").queryAs(TextArea.class).setText("one two three\n"));
        driver.run();
        driver.waitForText("#consoleStatus", "Ended: exit code 0", 60); // live, the input pane typed first
        assertThat(robot.lookup("#consoleTranscript").queryAs(TextArea.class).getText())
                .isEqualTo("one two three\nthree two one\n");
    }
}
