package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.app.ui.settings.Settings;
import org.labjudge.app.ui.settings.SettingsStore;
import org.labjudge.app.ui.webimport.CompanionJson;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.protocol.TestCase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A student clicks Competitive Companion's "+" on a judge's page: the extension posts the problem to the port in
 * the settings on loopback, and the running editor opens it with its samples and limits. A broken post is answered
 * with the reason and changes nothing on screen.
 */
@ExtendWith(ApplicationExtension.class)
class CompanionImportTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private ScriptedNode node;
    private MainWindow window;
    private int port;

    @BeforeEach
    void openWindowWithAReceiverPort(FxRobot robot) throws Exception {
        var home = Files.createTempDirectory("labjudge-import-test");
        node = new ScriptedNode();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        new SettingsStore(home.resolve("settings.json"))
                .save(Settings.defaults().withNodeList(node.nodeList(home).toString()).withCompanionPort(port));
        robot.interact(() -> {
            try {
                window = WindowDriver.open(new Stage(), home, node);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WindowDriver.waitUntil(10, () -> window.importPort().isPresent());
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        node.close();
    }

    @Test
    void aPostedProblemOpensWithItsSamplesAndLimits(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.awaitNodeUp();

        HttpResponse<String> answer = post(CompanionJson.PROBLEM);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("Opened \"B. Pairs of Lamps\" with 2 sample(s)\n");
        driver.waitForText("#problemTitle", "B. Pairs of Lamps", 10);
        ProblemPackage problem = window.problems().selected();
        assertThat(problem.samples()).containsExactly(new TestCase("sample/1", "3\n1 0 1\n", "2\n"),
                new TestCase("sample/2", "1\n0\n", "0\n"));
        assertThat(driver.text("#problemLimits")).startsWith("Time limit: 2000 ms  \u2013  Memory: 128 MB");
        // The bundled problems stay open beside it.
        assertThat(window.problems().list().getItems()).extracting(ProblemPackage::id).contains("sum");
        assertThat(robot.lookup("#problemSamples #useSample2").tryQuery()).isPresent();
        Screenshots.save(window.scene(), "30-imported-from-competitive-companion");

        // Judging it sends its samples and limits, as for any problem.
        node.script = request -> ScriptedNode.judged(request, ScriptedNode::accepted);
        driver.typeSolution("n = int(input())\nprint(0)\n");
        driver.judge();
        driver.waitForText("#verdictBanner", "ACCEPTED", 10);
        assertThat(node.requests.get(node.requests.size() - 1).tests()).extracting(TestCase::name)
                .containsExactly("sample/1", "sample/2");
        assertThat(node.requests.get(node.requests.size() - 1).limits().timeMs()).isEqualTo(2000);
    }

    @Test
    void malformedJsonIsAnsweredWithTheReasonAndChangesNothing(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(robot, window);
        driver.selectProblem("sum");

        HttpResponse<String> answer = post("{\"name\": \"B. Pairs of Lamps\", \"tests\": [{\"input\": ");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).startsWith("Not a Competitive Companion problem (malformed JSON: ");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.problems().selected().id()).isEqualTo("sum");
        assertThat(window.problems().list().getItems()).extracting(ProblemPackage::name)
                .doesNotContain("B. Pairs of Lamps");
    }

    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
