package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.labjudge.node.sandbox.ContainerJanitor;
import org.labjudge.node.sandbox.DockerClients;
import org.labjudge.node.sandbox.SandboxLabels;

/**
 * Jobe's outcome 20 (internal error: the server failed, not the program) is what a node answers when the sandbox
 * fails under a run: here its container is removed from under the program, as an engine fault or an operator
 * would. The reason is on stderr, where Jobe puts its own.
 */
@Tag("docker")
class JobeInternalErrorTest {
    @RegisterExtension
    static final JobeNode NODE = new JobeNode(1);

    private final JobeClient jobe = NODE.jobe();

    @Test
    void aSandboxThatFailsUnderTheRunIsOutcome20WithTheReasonOnStderr() throws Exception {
        ObjectNode spec = jobe.spec("python3", "import time\ntime.sleep(25)\nprint('never')\n");
        spec.putObject("parameters").put("cputime", 15);
        CompletableFuture<JsonNode> answer = CompletableFuture.supplyAsync(() -> jobe.run(spec));
        await().atMost(Duration.ofSeconds(60)).until(() -> NODE.node().get("/api/v1/info").body().contains("\"busy\":1"));

        int removed = new ContainerJanitor(DockerClients.forSandboxes(), new SandboxLabels(NODE.node().config.nodeId()))
                .removeAll();
        JsonNode result = answer.get(60, TimeUnit.SECONDS);

        assertThat(removed).isPositive();
        assertThat(result.get("outcome").asInt()).as("%s", result).isEqualTo(20);
        assertThat(result.get("stdout").asText()).isEmpty();
        assertThat(result.get("stderr").asText()).startsWith("the sandbox failed");
    }
}
