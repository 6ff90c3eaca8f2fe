package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the gateway's .deb (skipped when the one in target/packages is current), unpacks it with
 * {@code dpkg-deb -x} the way dpkg would lay it out, and runs what it installs: the launcher with its bundled
 * runtime, serving a node list whose node is not there, and the systemd unit through {@code systemd-analyze}.
 */
@Tag("packaging")
class GatewayDebTest {
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);
    private static final String TOKEN = "packaged-gateway-token-0123";

    @TempDir
    static Path tmp;

    static Path deb;
    static Path app;

    @BeforeAll
    static void buildAndUnpack() {
        deb = new GatewayPackage(Packaging.context(), Packaging.gatewayJar()).build(PackageType.DEB);
        Path root = tmp.resolve("root");
        Proc.ok(TOOL_TIMEOUT, "dpkg-deb", "-x", deb.toString(), root.toString());
        app = root.resolve("opt/labjudge-gateway");
    }

    @Test
    void launcherFromThePackagePrintsTheGatewayVersion() {
        Proc.Result result = Proc.ok(TOOL_TIMEOUT, app.resolve("bin/labjudge-gateway").toString(), "--version");
        assertThat(result.output().strip()).isEqualTo("labjudge-gateway " + Packaging.version());
    }

    @Test
    void controlFileNamesThePackageWithoutDocker() {
        String control = Proc.ok(TOOL_TIMEOUT, "dpkg-deb", "-f", deb.toString()).output();
        assertThat(control).contains("Package: labjudge-gateway").contains("passwd").doesNotContain("docker");
    }

    @Test
    void maintainerScriptsAreTheRecipesUnchanged() throws IOException {
        Packaging.assertMaintainerScripts(deb, Packaging.gatewayRecipes(), tmp);
    }

    @Test
    void shippedUnitPassesSystemdAnalyzeVerify() throws IOException {
        String unit = Files.readString(app.resolve("lib/app").resolve(GatewayPackage.UNIT_FILE));
        assertThat(unit).contains("ExecStart=/opt/labjudge-gateway/bin/labjudge-gateway serve --config /etc/labjudge/gateway.json");
        Path dir = Files.createDirectories(tmp.resolve("unit"));
        Path copy = dir.resolve(GatewayPackage.UNIT_FILE);
        Files.writeString(copy, unit.replace("/opt/labjudge-gateway", app.toString()));
        SystemdUnits.assertVerifies(copy);
    }

    @Test
    void packagedGatewayServesANodeListWhoseNodeIsDownAndStopsOnSigterm() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path nodes = tmp.resolve("nodes.json");
        Files.writeString(nodes, "{\"nodes\": [{\"name\": \"gone\", \"url\": \"http://127.0.0.1:9\"}]}");
        Process gateway = new ProcessBuilder(app.resolve("bin/labjudge-gateway").toString(), "serve", "--nodes",
                nodes.toString(), "--port", String.valueOf(port), "--token", TOKEN).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("gateway.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpResponse<String> health = null;
            for (int i = 0; i < 240 && health == null; i++) {
                try {
                    health = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertThat(health).as(Files.readString(tmp.resolve("gateway.log"))).isNotNull();
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("no node of the pool is up");
            HttpResponse<String> info = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/info"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.body()).contains("\"version\":\"" + Packaging.version() + "\"");
            gateway.destroy();
            assertThat(gateway.waitFor(45, TimeUnit.SECONDS)).as("gateway exits after SIGTERM").isTrue();
            assertThat(gateway.exitValue()).isIn(0, 143);
        } finally {
            gateway.destroyForcibly();
        }
    }
}
