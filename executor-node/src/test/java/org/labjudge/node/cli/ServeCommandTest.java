package org.labjudge.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code executor-node serve} starting a real node (one language, no containers made ahead, an ephemeral port):
 * the line it prints, the node answering on that port, the SIGTERM hook stopping it, and a start that fails.
 */
@Tag("docker")
class ServeCommandTest {
    private static final Pattern LISTENING = Pattern.compile("executor-node (\\S+) listening on (\\S+):(\\d+)");

    @TempDir
    Path dir;

    /** A light node: Python only, and no warm containers, so starting and stopping it takes little. */
    private Path lightConfig() throws IOException {
        return Files.writeString(dir.resolve("node.json"),
                "{\"languages\": [\"python\"], \"warmPool\": {\"idlePerLanguage\": 0, \"maxPerLanguage\": 0}}");
    }

    @Test
    void serveStartsANodeThatAnswersOnThePortItPrintsAndStopsOnSigterm() throws Exception {
        CliRun cli = new CliRun();
        CompletableFuture<CliRun> serving = serve(cli, "--port", "0", "--node-id", "lab-07");
        Matcher line = awaitListening(cli);
        assertThat(line.group(1)).isEqualTo("lab-07");
        assertThat(line.group(2)).isEqualTo("127.0.0.1");
        URI base = URI.create("http://127.0.0.1:" + line.group(3));
        assertThat(get(base.resolve("/api/v1/info"))).contains("\"nodeId\":\"lab-07\"");
        assertThat(serving).isNotDone();

        awaitHook(cli).start(); // what SIGTERM runs
        CliRun run = serving.get(60, TimeUnit.SECONDS);

        assertThat(run.exitCode).isZero();
        assertThat(run.err()).isEmpty();
        assertThatThrownBy(() -> get(base.resolve("/api/v1/info"))).as("stopped").isInstanceOf(ConnectException.class);
    }

    @Test
    void anIpv6BindIsPrintedInBrackets() throws Exception {
        CliRun cli = new CliRun();
        CompletableFuture<CliRun> serving = serve(cli, "--bind", "::1", "--port", "0");
        Matcher line = awaitListening(cli);

        assertThat(line.group(2)).isEqualTo("[::1]");
        assertThat(get(URI.create("http://[::1]:" + line.group(3) + "/api/v1/health"))).contains("status");
        awaitHook(cli).start();
        assertThat(serving.get(60, TimeUnit.SECONDS).exitCode).isZero();
    }

    @Test
    void aNodeThatCannotStartIsOneLineAndExitCode1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--config", lightConfig().toString(), "--port",
                    String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode).isEqualTo(NodeMain.EXIT_FAILURE);
            assertThat(run.err().lines()).singleElement().asString().startsWith("executor-node: cannot start: ")
                    .contains(String.valueOf(taken.getLocalPort())).doesNotContain("Exception");
            assertThat(run.hooks).as("no node to stop").isEmpty();
        }
    }

    /** {@code serve} of the light node with {@code options}, running in the background until it stops. */
    private CompletableFuture<CliRun> serve(CliRun cli, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--config", lightConfig().toString()));
        args.addAll(List.of(options));
        return CompletableFuture.supplyAsync(() -> cli.execute(args.toArray(String[]::new)));
    }

    private static Matcher awaitListening(CliRun cli) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            Matcher line = LISTENING.matcher(cli.out());
            if (line.find()) {
                return line;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no listening line: " + cli.out() + cli.err());
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The shutdown hook serve registers once the node is up, as SIGTERM would find it. */
    private static Thread awaitHook(CliRun cli) throws InterruptedException {
        for (int i = 0; i < 1000 && cli.hooks.isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertThat(cli.hooks).hasSize(1);
        return cli.hooks.get(0);
    }
}
