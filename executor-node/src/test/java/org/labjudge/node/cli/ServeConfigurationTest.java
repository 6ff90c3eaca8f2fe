package org.labjudge.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.config.NodeConfig;
import picocli.CommandLine;

/**
 * The configuration {@code serve} starts its node with (defaults, then the file, then the options), and the
 * mistakes it refuses before any node starts: exit code 2 and one line.
 */
class ServeConfigurationTest {
    @TempDir
    Path dir;

    /** What {@code executor-node serve args} would start its node with. */
    private static NodeConfig configuration(String... args) {
        ServeCommand serve = new ServeCommand(hook -> { });
        new CommandLine(serve).parseArgs(args);
        return serve.configuration();
    }

    @Test
    void theDefaultsListenOnLoopbackPort7070() {
        NodeConfig config = configuration("--node-id", "lab-07");

        assertThat(config.bind()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.nodeId()).isEqualTo("lab-07");
    }

    @Test
    void optionsOverrideTheConfigFile() throws Exception {
        Path file = Files.writeString(dir.resolve("node.json"), """
                {"bind": "0.0.0.0", "port": 8080, "tokens": ["from-file"], "slots": 2, "nodeId": "file-id",
                 "drainSeconds": 3}
                """);

        NodeConfig config = configuration("--config", file.toString(), "--bind", "127.0.0.1",
                "--port", "9090", "--token", "a", "--token", "b", "--slots", "6", "--node-id", "cli-id");

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

        NodeConfig config = configuration("--bind", "0.0.0.0", "--token", "cli-token", "--token-file",
                tokens.toString());

        assertThat(config.tokens()).containsExactly("cli-token", "old-token", "new-token");
    }

    @Test
    void theConfigFileAloneIsUsed() throws Exception {
        Path file = Files.writeString(dir.resolve("node.json"),
                "{\"bind\": \"0.0.0.0\", \"tokens\": [\"t\"], \"nodeId\": \"lab-01\"}");

        NodeConfig config = configuration("--config", file.toString());

        assertThat(config.bind()).isEqualTo("0.0.0.0");
        assertThat(config.tokens()).containsExactly("t");
        assertThat(config.nodeId()).isEqualTo("lab-01");
    }

    @Test
    void aMissingOrEmptyTokenFileStopsServeWithAMessage() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "# nothing\n\n");

        CliRun missing = CliRun.of("serve", "--token-file", dir.resolve("nope").toString());
        CliRun blank = CliRun.of("serve", "--token-file", empty.toString());

        assertThat(missing.exitCode).isEqualTo(NodeMain.EXIT_USAGE);
        assertThat(missing.err()).contains("cannot read the token file").contains("nope");
        assertThat(blank.exitCode).isEqualTo(NodeMain.EXIT_USAGE);
        assertThat(blank.err()).contains("holds no token");
        assertThat(missing.hooks).as("no node started").isEmpty();
    }

    @Test
    void aPlaceholderTokenStopsServe() {
        CliRun run = CliRun.of("serve", "--bind", "0.0.0.0", "--token", "change-me-to-a-long-random-token");

        assertThat(run.exitCode).isEqualTo(NodeMain.EXIT_USAGE);
        assertThat(run.err()).contains("placeholder");
    }

    @Test
    void aPublicBindWithoutATokenIsRefusedOnOneLine() {
        CliRun run = CliRun.of("serve", "--bind", "0.0.0.0");

        assertThat(run.exitCode).isEqualTo(NodeMain.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("executor-node: refusing to listen on 0.0.0.0 without a token: add --token"
                + " or tokens in the config" + System.lineSeparator());
        assertThat(run.hooks).as("no node started").isEmpty();
    }

    @Test
    void aBadConfigFileIsAOneLineUsageError() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"prot\": 7070}");
        Path missing = dir.resolve("missing.json");

        for (Path file : new Path[] {typo, missing}) {
            CliRun run = CliRun.of("serve", "--config", file.toString());

            assertThat(run.exitCode).isEqualTo(NodeMain.EXIT_USAGE);
            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("executor-node: ").contains(file.toString()).doesNotContain("Exception");
            assertThat(run.hooks).as("no node started").isEmpty();
        }
    }
}
