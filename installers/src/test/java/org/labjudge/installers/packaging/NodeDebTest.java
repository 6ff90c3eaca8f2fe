package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the executor node's .deb (skipped when the one in target/packages is current), unpacks it
 * with {@code dpkg-deb -x} the way dpkg would lay it out, and runs what it installs: the launcher
 * with its bundled runtime, the config tool, and the systemd unit through {@code systemd-analyze}.
 */
@Tag("packaging")
class NodeDebTest {
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern LISTENING = Pattern.compile("listening on (\\S+):(\\d+)");

    @TempDir
    static Path tmp;

    static Path deb;
    static Path root;
    static Path app;

    @BeforeAll
    static void buildAndUnpack() {
        deb = new NodePackage(Packaging.context(), Packaging.nodeJar()).build(PackageType.DEB);
        root = tmp.resolve("root");
        Proc.ok(TOOL_TIMEOUT, "dpkg-deb", "-x", deb.toString(), root.toString());
        app = root.resolve("opt/labjudge-node");
    }

    @Test
    void launcherFromThePackagePrintsTheNodeVersion() {
        Proc.Result result = Proc.ok(TOOL_TIMEOUT, app.resolve("bin/labjudge-node").toString(), "--version");
        assertThat(result.output().strip()).isEqualTo("executor-node " + Packaging.version());
    }

    @Test
    void controlFileNamesThePackageAndWhatItNeeds() {
        String control = Proc.ok(TOOL_TIMEOUT, "dpkg-deb", "-f", deb.toString()).output();
        assertThat(control)
                .contains("Package: labjudge-node")
                .contains("Version: " + Packaging.context().appVersion() + "-1")
                .contains("Recommends: docker.io | docker-ce");
        String depends = field(control, "Depends");
        assertThat(depends).contains("passwd").contains("libc6");
        // A server package: the bundled runtime leaves out the desktop modules and their X11 libraries.
        assertThat(depends).doesNotContain("libx11").doesNotContain("libasound");
    }

    @Test
    void maintainerScriptsAreTheRecipesUnchanged() throws IOException {
        Packaging.assertMaintainerScripts(deb, Packaging.nodeRecipes(), tmp);
    }

    @Test
    void packageShipsTheUnitTheConfigToolAndTheSharedJvmOptions() throws IOException {
        Path lib = app.resolve("lib/app");
        assertThat(lib.resolve(NodePackage.UNIT_FILE)).hasSameTextualContentAs(Packaging.nodeRecipes().resolve(NodePackage.UNIT_FILE));
        assertThat(Files.isExecutable(lib.resolve(NodePackage.CONFIG_TOOL))).isTrue();
        assertThat(lib.resolve("ADMIN.md")).hasSameTextualContentAs(Packaging.installersDir().resolve("ADMIN.md"));
        List<String> cfg = Files.readAllLines(lib.resolve("labjudge-node.cfg"));
        List<String> expected = new ArrayList<>();
        for (String option : JvmOptions.read(Packaging.installersDir().resolve("scripts").resolve(JvmOptions.NODE))) {
            expected.add("java-options=" + option);
        }
        assertThat(expected).isNotEmpty();
        assertThat(cfg).containsSubsequence(expected);
    }

    @Test
    void shippedUnitPassesSystemdAnalyzeVerify() throws IOException {
        // The unit as shipped, its /opt path pointed at the unpacked tree (verify checks ExecStart exists).
        String unit = Files.readString(app.resolve("lib/app").resolve(NodePackage.UNIT_FILE));
        Path dir = Files.createDirectories(tmp.resolve("unit"));
        Path copy = dir.resolve(NodePackage.UNIT_FILE);
        Files.writeString(copy, unit.replace("/opt/labjudge-node", app.toString()));
        SystemdUnits.assertVerifies(copy);
    }

    @Test
    void packagedNodeServesAndDrainsWithoutAnEngine() throws Exception {
        // An engine that is not there: the node must still start, report DOWN, and stop on SIGTERM.
        Map<String, String> env = Map.of("DOCKER_HOST", "unix://" + tmp.resolve("no-docker.sock"));
        try (RunningNode node = RunningNode.start(app, writeConfig("down"), env)) {
            HttpResponse<String> health = node.get("/api/v1/health", null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json(health.body()).path("status").asText()).isEqualTo("DOWN");
            assertThat(node.get("/api/v1/info", null).statusCode()).isEqualTo(401);
            HttpResponse<String> info = node.get("/api/v1/info", node.token);
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(json(info.body()).path("version").asText()).isEqualTo(Packaging.version());
            assertThat(node.get("/metrics", node.token).body()).contains("labjudge_up 0");
            assertThat(node.stop()).isIn(0, 143);
        }
    }

    @Test
    @Tag("docker")
    void packagedNodeJudgesAProgramOnTheEngine() throws Exception {
        // Python alone under a prefix of its own: the node warms one sandbox instead of eight.
        String prefix = "labjudge-pkgtest-" + UUID.randomUUID().toString().substring(0, 8) + "/";
        Proc.ok(TOOL_TIMEOUT, "docker", "tag", "labjudge/python:current", prefix + "python:current");
        Path config = writeConfig("up");
        Files.writeString(config, Files.readString(config).replace("\"drainSeconds\"",
                "\"imagePrefix\": \"" + prefix + "\",\n  \"drainSeconds\""));
        try (RunningNode node = RunningNode.start(app, config, Map.of())) {
            awaitUp(node);
            String run = "{\"language\":\"python\",\"source\":\"print(sum(map(int, input().split())))\","
                    + "\"tests\":[{\"name\":\"1\",\"input\":\"1 2\\n\",\"expected\":\"3\\n\"}]}";
            HttpResponse<String> result = node.post("/api/v1/runs", node.token, run);
            assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
            assertThat(json(result.body()).path("verdict").asText()).isEqualTo("ACCEPTED");
            assertThat(node.stop()).isIn(0, 143);
        } finally {
            Proc.run(TOOL_TIMEOUT, "docker", "rmi", prefix + "python:current");
        }
    }

    /** A config written by the packaged tool, as postinst writes it; the test binds loopback over it. */
    private static Path writeConfig(String name) {
        Path config = tmp.resolve(name).resolve("node.json");
        Proc.run(TOOL_TIMEOUT, Map.of("LABJUDGE_NODE_CONFIG", config.toString()),
                        List.of(app.resolve("lib/app").resolve(NodePackage.CONFIG_TOOL).toString(), "init"))
                .requireSuccess(List.of(NodePackage.CONFIG_TOOL, "init"));
        return config;
    }

    private static void awaitUp(RunningNode node) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (node.get("/api/v1/health", null).statusCode() != 200) {
            assertThat(System.nanoTime()).as("node UP within 60 s").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static JsonNode json(String body) throws IOException {
        return new ObjectMapper().readTree(body);
    }

    private static String field(String control, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": (.*)$").matcher(control);
        assertThat(m.find()).as(name + " in control").isTrue();
        return m.group(1);
    }

    /** The packaged launcher serving on a free loopback port, with the config's token. */
    static final class RunningNode implements AutoCloseable {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        final Process process;
        final String token;
        final URI base;

        private RunningNode(Process process, String token, URI base) {
            this.process = process;
            this.token = token;
            this.base = base;
        }

        static RunningNode start(Path app, Path config, Map<String, String> env) throws Exception {
            String token = Files.readString(config).replaceAll("(?s).*\"tokens\": \\[\"([0-9a-f]+)\"\\].*", "$1");
            ProcessBuilder builder = new ProcessBuilder(app.resolve("bin/labjudge-node").toString(), "serve",
                    "--config", config.toString(), "--bind", "127.0.0.1", "--port", "0", "--slots", "1",
                    "--node-id", "pkgtest-" + UUID.randomUUID().toString().substring(0, 8))
                    .redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            StringBuilder lines = new StringBuilder();
            CompletableFuture<URI> address = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.append(line).append('\n');
                        }
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) {
                            address.complete(URI.create("http://" + m.group(1) + ":" + m.group(2)));
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
                address.complete(null);
            }, "packaged-node-output");
            reader.setDaemon(true);
            reader.start();
            URI base = address.get(90, TimeUnit.SECONDS);
            if (base == null) {
                process.destroyForcibly();
                synchronized (lines) {
                    throw new AssertionError("the packaged node did not start:\n" + lines);
                }
            }
            return new RunningNode(process, token, base);
        }

        HttpResponse<String> get(String path, String bearer) throws Exception {
            return HTTP.send(request(path, bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String bearer, String body) throws Exception {
            return HTTP.send(request(path, bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path, String bearer) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
            return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
        }

        /** SIGTERM, as systemd sends it; returns the exit code. */
        int stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(45, TimeUnit.SECONDS)).as("node exits after SIGTERM").isTrue();
            return process.exitValue();
        }

        /** Stops the node if a test left it running: SIGTERM, then SIGKILL after its drain time. */
        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroy();
                boolean stopped = process.onExit().completeOnTimeout(null, 45, TimeUnit.SECONDS).join() != null;
                if (!stopped) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
