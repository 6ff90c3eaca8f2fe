package org.labjudge.node.api.piston;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm registry's {@code piston-client} package run against a server's base URL: it lists the runtimes and
 * executes Python, C and JavaScript. Installed with npm into {@code target/piston-client} of the module whose
 * test runs it (once per build folder). In executor-node's test jar, so the node's and the gateway's tests run
 * the one client the one way.
 */
public final class PistonNpmClient {
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

    private PistonNpmClient() {
    }

    /** Runs the script against {@code baseUrl}; its output: the runtimes' languages and the three answers. */
    public static JsonNode runAgainst(String baseUrl) throws IOException, InterruptedException {
        install();
        Path script = DIR.resolve("use-server.mjs");
        Files.writeString(script, SCRIPT);
        String output = run(List.of("node", script.getFileName().toString(), baseUrl));
        return new ObjectMapper().readTree(output.lines().reduce((a, b) -> b).orElse(""));
    }

    /** What every server of Python, C and JavaScript answers the script. */
    public static void assertRanAll(JsonNode out) {
        assertThat(out.get("runtimes").toString()).contains("\"python\"", "\"c\"", "\"javascript\"", "\"c++\"");
        // piston-client sends args ["1", "2", "3"] when none are given.
        assertThat(out.get("python").get("run").get("stdout").asText()).isEqualTo("42 ['1', '2', '3']\n");
        assertThat(out.get("python").get("language").asText()).isEqualTo("python");
        assertThat(out.get("c").get("compile").get("code").asInt()).isZero();
        assertThat(out.get("c").get("run").get("stdout").asText()).isEqualTo("42\n");
        assertThat(out.get("javascript").get("run").get("stdout").asText()).isEqualTo("42\n");
    }

    private static void install() throws IOException, InterruptedException {
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
