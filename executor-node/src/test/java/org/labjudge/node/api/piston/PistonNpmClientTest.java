package org.labjudge.node.api.piston;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.endtoend.RunningNodeFixture;

/**
 * The npm registry's {@code piston-client} package, a Piston v2 client as bots and course tools
 * use it, lists a node's runtimes and executes code in three languages on it unchanged. The test
 * installs the package with npm into {@code target/piston-client} (once per build folder).
 */
@Tag("docker")
class PistonNpmClientTest {
    private static final Path DIR = Path.of("target", "piston-client");
    private static final String SCRIPT = """
            import piston from 'piston-client';
            const client = piston({ server: process.argv[2] });
            const runtimes = await client.runtimes();
            const out = { runtimes: runtimes.map(r => r.language) };
            out.python = await client.execute('python', 'import sys\\nprint(6 * 7, sys.argv[1:])');
            out.c = await client.execute('c', '#include <stdio.h>\\nint main(void) { printf("%d\\\\n", 6 * 7); return 0; }');
            out.javascript = await client.execute('javascript', 'console.log(6 * 7)');
            console.log(JSON.stringify(out));
            """;

    @Test
    void pistonClientListsRuntimesAndExecutesPythonCAndJavaScript() throws Exception {
        installPistonClient();
        Path script = DIR.resolve("use-node.mjs");
        Files.writeString(script, SCRIPT);
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("slots", 2))) {
            String output = run(List.of("node", script.getFileName().toString(), "http://127.0.0.1:" + node.node.port()));
            PistonClient piston = new PistonClient(node);
            JsonNode out = piston.read(output.lines().reduce((a, b) -> b).orElse(""));

            assertThat(out.get("runtimes").toString()).contains("\"python\"", "\"c\"", "\"javascript\"", "\"c++\"");
            // piston-client sends args ["1", "2", "3"] when none are given.
            assertThat(out.get("python").get("run").get("stdout").asText()).isEqualTo("42 ['1', '2', '3']\n");
            assertThat(out.get("python").get("language").asText()).isEqualTo("python");
            assertThat(out.get("c").get("compile").get("code").asInt()).isZero();
            assertThat(out.get("c").get("run").get("stdout").asText()).isEqualTo("42\n");
            assertThat(out.get("javascript").get("run").get("stdout").asText()).isEqualTo("42\n");
            assertThat(node.get("/metrics").body())
                    .contains("labjudge_runs_total{frontend=\"piston\",language=\"python\",verdict=\"OK\"} 1\n")
                    .contains("labjudge_runs_total{frontend=\"piston\",language=\"c\",verdict=\"OK\"} 1\n");
        }
    }

    private static void installPistonClient() throws IOException, InterruptedException {
        if (Files.isDirectory(DIR.resolve("node_modules").resolve("piston-client"))) {
            return;
        }
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("package.json"), "{\"name\": \"labjudge-piston-client-test\", \"private\": true}\n");
        run(List.of("npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "piston-client@1.0.2"));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(done).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s exit status; output:%n%s", command, text).isZero();
        return text;
    }
}
