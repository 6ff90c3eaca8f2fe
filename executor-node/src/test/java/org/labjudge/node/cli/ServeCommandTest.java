package org.labjudge.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.config.NodeConfig;

class ServeCommandTest {
    @TempDir
    Path dir;

    private final FakeLauncher launcher = new FakeLauncher();

    @Test
    void serveLaunchesWithDefaultsAndStopsOnSigterm() throws Exception {
        CliRun cli = new CliRun();
        CompletableFuture<CliRun> serving = CompletableFuture.supplyAsync(
                () -> cli.execute(launcher, "serve", "--node-id", "lab-07"));
        assertThat(launcher.launchedLatch.await(10, TimeUnit.SECONDS)).isTrue();
        NodeConfig config = launcher.config();
        assertThat(config.bind()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.nodeId()).isEqualTo("lab-07");
        assertThat(serving).isNotDone();

        Thread hook = awaitHook(cli);
        hook.start();
        CliRun run = serving.get(10, TimeUnit.SECONDS);

        assertThat(run.exitCode).isZero();
        assertThat(launcher.node.shutdowns).hasValue(1);
        assertThat(run.out()).contains("executor-node lab-07 listening on 127.0.0.1:7171");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void optionsOverrideTheConfigFile() throws Exception {
        Path file = Files.writeString(dir.resolve("node.json"), """
                {"bind": "0.0.0.0", "port": 8080, "tokens": ["from-file"], "slots": 2, "nodeId": "file-id",
                 "drainSeconds": 3}
                """);

        CliRun run = serveUntilStopped("serve", "--config", file.toString(), "--bind", "127.0.0.1",
                "--port", "9090", "--token", "a", "--token", "b", "--slots", "6", "--node-id", "cli-id");

        assertThat(run.exitCode).isZero();
        NodeConfig config = launcher.config();
        assertThat(config.bind()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.tokens()).containsExactly("a", "b");
        assertThat(config.slots()).isEqualTo(6);
        assertThat(config.maxQueue()).isEqualTo(64);
        assertThat(config.nodeId()).isEqualTo("cli-id");
        assertThat(config.drainSeconds()).isEqualTo(3);
    }

    @Test
    void tokensComeFromATokenFileAsWellAsFromTheCommandLine() throws Exception {
        Path tokens = Files.writeString(dir.resolve("token"), "# rotation: old and new\nold-token\n\n  new-token \n");

        CliRun run = serveUntilStopped("serve", "--bind", "0.0.0.0", "--token", "cli-token",
                "--token-file", tokens.toString());

        assertThat(run.exitCode).isZero();
        assertThat(launcher.config().tokens()).containsExactly("cli-token", "old-token", "new-token");
    }

    @Test
    void aMissingOrEmptyTokenFileStopsTheNodeWithAMessage() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "# nothing\n\n");

        CliRun missing = CliRun.of(launcher, "serve", "--token-file", dir.resolve("nope").toString());
        CliRun blank = CliRun.of(launcher, "serve", "--token-file", empty.toString());

        assertThat(missing.exitCode).isEqualTo(NodeMain.EXIT_USAGE);
        assertThat(missing.err()).contains("cannot read the token file").contains("nope");
        assertThat(blank.exitCode).isEqualTo(NodeMain.EXIT_USAGE);
        assertThat(blank.err()).contains("holds no token");
        assertThat(launcher.launchedLatch.getCount()).as("never launched").isEqualTo(1);
    }

    @Test
    void aPlaceholderTokenStopsTheNode() {
        CliRun run = CliRun.of(launcher, "serve", "--bind", "0.0.0.0", "--token", "change-me-to-a-long-random-token");

        assertThat(run.exitCode).isEqualTo(NodeMain.EXIT_USAGE);
        assertThat(run.err()).contains("placeholder");
    }

    @Test
    void theConfigFileAloneIsUsed() throws Exception {
        Path file = Files.writeString(dir.resolve("node.json"),
                "{\"bind\": \"0.0.0.0\", \"tokens\": [\"t\"], \"nodeId\": \"lab-01\"}");

        CliRun run = serveUntilStopped("serve", "--config", file.toString());

        assertThat(run.exitCode).isZero();
        assertThat(launcher.config().bind()).isEqualTo("0.0.0.0");
        assertThat(launcher.config().tokens()).containsExactly("t");
    }

    @Test
    void anIpv6BindIsPrintedInBrackets() throws Exception {
        CliRun run = serveUntilStopped("serve", "--bind", "::1");

        assertThat(run.out()).contains(" listening on [::1]:7171");
    }

    @Test
    void aPublicBindWithoutATokenIsRefusedOnOneLine() {
        CliRun run = CliRun.of(launcher, "serve", "--bind", "0.0.0.0");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err()).isEqualTo("executor-node: refusing to listen on 0.0.0.0 without a token: add --token"
                + " or tokens in the config" + System.lineSeparator());
        assertThat(launcher.launched).isEmpty();
    }

    @Test
    void aBadConfigFileIsAOneLineUsageError() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"prot\": 7070}");
        Path missing = dir.resolve("missing.json");

        for (Path file : new Path[] {typo, missing}) {
            CliRun run = CliRun.of(launcher, "serve", "--config", file.toString());

            assertThat(run.exitCode).isEqualTo(2);
            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("executor-node: ").contains(file.toString()).doesNotContain("Exception");
        }
        assertThat(launcher.launched).isEmpty();
    }

    @Test
    void aLauncherFailureIsOneLineAndExitCode1() {
        CliRun run = CliRun.of(config -> {
            throw new IllegalStateException("Port already in use.\nMake sure no other process uses 7070.");
        }, "serve");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err()).isEqualTo("executor-node: cannot start: Port already in use. Make sure no other"
                + " process uses 7070." + System.lineSeparator());
    }

    private CliRun serveUntilStopped(String... args) throws Exception {
        CompletableFuture<CliRun> serving = CompletableFuture.supplyAsync(() -> CliRun.of(launcher, args));
        assertThat(launcher.launchedLatch.await(10, TimeUnit.SECONDS)).isTrue();
        launcher.node.shutdown();
        return serving.get(10, TimeUnit.SECONDS);
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
