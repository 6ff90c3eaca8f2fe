package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.node.config.ConfigException;
import org.labjudge.node.config.NodeConfig;

/**
 * The example files in installers/ (the admin guide copies from them), read by the desktop app's
 * own node-list parser and the node's own config reader. It sits in the app's package because the
 * parser is package-private.
 */
class ExampleNodeListsTest {
    private static final Path INSTALLERS = Path.of(System.getProperty("labjudge.installers.dir", "."));

    @Test
    void labExampleListsNodesWithTheSharedAndAnOwnToken() throws Exception {
        NodeList list = parse(INSTALLERS.resolve("examples/nodes.json"));
        assertThat(list.nodes()).hasSizeGreaterThanOrEqualTo(3);
        NodeEntry first = list.nodes().get(0);
        assertThat(first.token()).isEqualTo("shared-token-from-labjudge-node-config");
        assertThat(list.nodes()).anySatisfy(n -> assertThat(n.token()).isEqualTo("this-node-has-its-own-token"));
        assertThat(list.nodes()).allSatisfy(n -> assertThat(n.url().getPort()).isEqualTo(7070));
    }

    @Test
    void clusterExampleIsOneNodeAtTheService() throws Exception {
        NodeList list = parse(INSTALLERS.resolve("kubernetes/nodes.json"));
        assertThat(list.nodes()).hasSize(1);
        URI url = list.nodes().get(0).url();
        // <service>.<namespace>.svc...: the Service and namespace of the manifests.
        assertThat(url.getHost()).startsWith("labjudge-node.labjudge.svc");
        assertThat(url.getPort()).isEqualTo(7070);
        assertThat(list.nodes().get(0).token()).isEqualTo("change-me-to-a-long-random-token");
        String secret = Files.readString(INSTALLERS.resolve("kubernetes/secret.yaml"));
        assertThat(secret).contains("token: change-me-to-a-long-random-token");
    }

    @Test
    void theExamplesPlaceholderTokensAreRefused() {
        // Copied as they are, the example config and the cluster's Secret would give every node a known token.
        assertThatThrownBy(() -> NodeConfig.load(INSTALLERS.resolve("examples/node.json")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("placeholder");
        String secretToken = "change-me-to-a-long-random-token";
        assertThat(NodeConfig.PLACEHOLDER_TOKENS).contains(secretToken);
        assertThatThrownBy(() -> NodeConfig.builder().set("tokens", List.of(secretToken)).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("placeholder");
    }

    @Test
    void exampleNodeConfigIsOneTheNodeAcceptsWithARealToken() {
        NodeConfig config = NodeConfig.builder(INSTALLERS.resolve("examples/node.json"))
                .set("tokens", List.of("3f9a1c0e7b2d4a68")).build();
        assertThat(config.tokens()).containsExactly("3f9a1c0e7b2d4a68");
        assertThat(config.drainSeconds()).isEqualTo(30);
        assertThat(config.warmPool()).as("the example shows the defaults")
                .isEqualTo(NodeConfig.builder().set("slots", config.slots()).build().warmPool());
        assertThat(config.console()).as("the example shows the defaults")
                .isEqualTo(NodeConfig.defaultConfig().console());
    }

    private static NodeList parse(Path file) throws IOException, NodeListException {
        NodeList list = new NodeListParser().parse(Files.readAllBytes(file), file.toString());
        assertThat(list.nodes()).extracting(NodeEntry::name).doesNotHaveDuplicates();
        return list;
    }
}
