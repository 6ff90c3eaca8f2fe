package org.labjudge.node.api.piston;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;

/**
 * The npm registry's {@code piston-client} package, a Piston v2 client as bots and course tools
 * use it, lists a node's runtimes and executes code in three languages on it unchanged
 * ({@link PistonNpmClient} installs and runs it).
 */
@Tag("docker")
class PistonNpmClientTest {

    @Test
    void pistonClientListsRuntimesAndExecutesPythonCAndJavaScript() throws Exception {
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 2))) {
            JsonNode out = PistonNpmClient.runAgainst("http://127.0.0.1:" + node.node.port());

            PistonNpmClient.assertRanAll(out);
            assertThat(node.get("/metrics").body())
                    .contains("labjudge_runs_total{frontend=\"piston\",language=\"python\",verdict=\"OK\"} 1\n")
                    .contains("labjudge_runs_total{frontend=\"piston\",language=\"c\",verdict=\"OK\"} 1\n");
        }
    }
}
