package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.testing.HostCommand;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

/**
 * A real node whose config chooses python, c and lua offers those it has an image for and nothing else: its
 * images are tagged for this test alone, python's and c's but not lua's, so lua is chosen but missing.
 */
@Tag("docker")
class ChosenLanguagesNodeTest {
    private static final String TAG = "lj-chosen-" + UUID.randomUUID().toString().substring(0, 8);
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        for (String language : List.of("python", "c", "java")) {
            docker("tag", "labjudge/" + language + ":current", "labjudge/" + language + ":" + TAG);
        }
        node = new RunningNodeFixture(b -> b.set("imageTag", TAG).set("languages", List.of("python", "c", "lua")));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> node.node.worker().languages().size() == 2);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        for (String language : List.of("python", "c", "java")) {
            docker("rmi", "labjudge/" + language + ":" + TAG);
        }
    }

    @Test
    void theNodeListsTheChosenLanguagesItHasAnImageFor() {
        // java has an image with this tag but was not chosen; lua was chosen but has none.
        assertThat(node.node.worker().languages()).extracting(LanguageInfo::id).containsExactly("python", "c");
        assertThat(node.get("/api/v1/languages").body()).contains("\"id\":\"python\"").contains("\"id\":\"c\"")
                .doesNotContain("\"id\":\"java\"").doesNotContain("\"id\":\"lua\"");
    }

    @Test
    void aChosenLanguageRuns() {
        RunResult result = node.run(RunRequest.of("c", "#include <stdio.h>\nint main(void) { puts(\"hi\"); }\n"));

        assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.OK);
        assertThat(result.tests().get(0).stdout()).isEqualTo("hi\n");
    }

    @Test
    void aLanguageNotChosenIsRefusedNamingWhatTheNodeRuns() {
        var response = node.post("/api/v1/runs", "{\"language\": \"java\", \"source\": \"class Main {}\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unknown language 'java'").contains("[python, c]");
    }

    private static void docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        HostCommand.run(command.toArray(String[]::new));
    }
}
