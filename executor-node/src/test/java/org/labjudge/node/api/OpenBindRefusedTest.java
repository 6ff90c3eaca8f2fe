package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.node.config.ConfigException;
import org.labjudge.node.metrics.NodeMetrics;

/**
 * A program that embeds the node's HTTP server itself, past the CLI and the node's config file, still cannot
 * make it listen beyond loopback without a token: the rule is checked where the listener's settings are made.
 */
class OpenBindRefusedTest {

    private static ApiConfig config(String bind, List<String> tokens) {
        return new ApiConfig(bind, 0, tokens, "embedded", "1", 1024, 1);
    }

    @Test
    void anEmbedderCannotConfigureAnOpenListenerOnAnyNonLoopbackAddress() {
        for (String bind : List.of("0.0.0.0", "::", "[::]", "192.168.1.20", "lab-07.example", "127.1")) {
            assertThatThrownBy(() -> new NodeApi(config(bind, List.of()), new FakeRunService(), new NodeMetrics()))
                    .as(bind)
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("refusing to listen on " + bind
                            + " without a token: add --token or tokens in the config");
        }
    }

    @Test
    void aTokenOrALoopbackBindIsAccepted() {
        assertThat(config("0.0.0.0", List.of("a-real-token")).tokens()).containsExactly("a-real-token");
        for (String bind : List.of("127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost")) {
            assertThat(config(bind, List.of()).bind()).isEqualTo(bind);
        }
    }
}
