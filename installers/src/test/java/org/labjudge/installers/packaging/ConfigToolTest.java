package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.config.ConfigException;
import org.labjudge.node.config.NodeConfig;

/**
 * labjudge-node-config, which postinst runs to write /etc/labjudge/node.json and admins run to
 * rotate tokens. Every file it writes must be one the node itself accepts (read here with the
 * node's own config reader).
 */
class ConfigToolTest {
    @TempDir
    Path tmp;

    private Path config;

    @Test
    void initWritesAConfigTheNodeAcceptsWithAFreshTokenShownOnce() {
        config = tmp.resolve("etc/labjudge/node.json");
        String output = tool("init").output();
        NodeConfig node = NodeConfig.load(config);
        assertThat(node.bind()).isEqualTo("0.0.0.0");
        assertThat(node.port()).isEqualTo(7070);
        assertThat(node.tokens()).hasSize(1);
        String token = node.tokens().get(0);
        assertThat(token).matches("[0-9a-f]{48}");
        assertThat(output).contains(token).contains("shown only this once");

        // A second init keeps the file (an upgrade must not change the token) and shows nothing.
        String again = tool("init").output();
        assertThat(again).doesNotContain(token).contains("keeping");
        assertThat(NodeConfig.load(config).tokens()).containsExactly(token);
    }

    @Test
    void twoInstallsGetDifferentTokens() {
        config = tmp.resolve("a.json");
        tool("init");
        String first = NodeConfig.load(config).tokens().get(0);
        config = tmp.resolve("b.json");
        tool("init");
        assertThat(NodeConfig.load(config).tokens().get(0)).isNotEqualTo(first);
    }

    @Test
    void configIsNotReadableByOthers() throws IOException {
        config = tmp.resolve("node.json");
        tool("init");
        assertThat(Files.getPosixFilePermissions(config).toString()).doesNotContain("OTHERS");
    }

    @Test
    void addThenRemoveRotatesWithoutAGap() {
        config = tmp.resolve("node.json");
        tool("init");
        String old = NodeConfig.load(config).tokens().get(0);
        tool("add-token");
        List<String> both = NodeConfig.load(config).tokens();
        assertThat(both).hasSize(2).startsWith(old);
        assertThat(tool("tokens").output().lines()).containsExactlyElementsOf(both);

        tool("remove-token", old);
        assertThat(NodeConfig.load(config).tokens()).containsExactly(both.get(1));
    }

    @Test
    void rotateReplacesEveryToken() {
        config = tmp.resolve("node.json");
        tool("init");
        tool("add-token");
        List<String> before = NodeConfig.load(config).tokens();
        String output = tool("rotate-token").output();
        List<String> after = NodeConfig.load(config).tokens();
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(output).contains(after.get(0));
    }

    @Test
    void aLabWideTokenCanBeGivenInsteadOfGenerated() {
        config = tmp.resolve("node.json");
        tool("init");
        String lab = "lab-wide-token-0123456789";
        String added = tool("add-token", lab).output();
        assertThat(added).doesNotContain("shown only");
        assertThat(NodeConfig.load(config).tokens()).hasSize(2).endsWith(lab);
        assertThat(run("add-token", lab).exitCode()).as("the same token twice").isNotZero();
        assertThat(run("add-token", "with\"quote-and-long-enough").exitCode()).isNotZero();
        assertThat(run("add-token", "short").exitCode()).isNotZero();
        tool("rotate-token", lab);
        assertThat(NodeConfig.load(config).tokens()).containsExactly(lab);
    }

    @Test
    void refusesToRemoveTheLastTokenOrAnUnknownOne() {
        config = tmp.resolve("node.json");
        tool("init");
        String only = NodeConfig.load(config).tokens().get(0);
        assertThat(run("remove-token", only).exitCode()).isNotZero();
        assertThat(run("remove-token", "not-a-token").exitCode()).isNotZero();
        assertThat(NodeConfig.load(config).tokens()).containsExactly(only);
    }

    @Test
    void aHandEditedFileWithoutTheTokensLineIsLeftAlone() throws IOException {
        config = tmp.resolve("node.json");
        Files.writeString(config, "{\"bind\": \"127.0.0.1\", \"tokens\": [\n  \"abc\"\n]}\n");
        Proc.Result result = run("add-token");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("by hand");
        assertThat(Files.readString(config)).contains("\"abc\"");
    }

    @Test
    void withoutATokenTheGeneratedConfigWouldBeRefused() throws IOException {
        // Why the token matters: the generated config listens on every address.
        config = tmp.resolve("node.json");
        tool("init");
        Path stripped = tmp.resolve("no-token.json");
        Files.writeString(stripped, Files.readString(config).replaceAll("\"tokens\": \\[.*\\],", ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NodeConfig.load(stripped))
                .isInstanceOf(ConfigException.class).hasMessageContaining("without a token");
    }

    private Proc.Result tool(String... args) {
        return run(args).requireSuccess(List.of(args));
    }

    private Proc.Result run(String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Packaging.nodeRecipes().resolve(NodePackage.CONFIG_TOOL).toString());
        command.addAll(List.of(args));
        return Proc.run(Duration.ofSeconds(30), Map.of("LABJUDGE_NODE_CONFIG", config.toString()), command);
    }
}
