package org.labjudge.installers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.gateway.config.GatewayConfig;
import org.labjudge.node.config.ConfigException;

/** The example gateway config (the admin guide copies from it), read by the gateway's own config reader. */
class ExampleGatewayConfigTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("labjudge.installers.dir", "."))
            .resolve("examples/gateway.json");

    @Test
    void copiedAsItIsItsPlaceholderTokenIsRefused() {
        assertThatThrownBy(() -> GatewayConfig.builder(EXAMPLE).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("placeholder");
    }

    @Test
    void withARealTokenTheGatewayAcceptsItAndReadsTheStandardNodeList() {
        GatewayConfig config = GatewayConfig.builder(EXAMPLE).set("tokens", List.of("3f9a1c0e7b2d4a68")).build();
        assertThat(config.nodes()).isEqualTo("/etc/labjudge/nodes.json");
        assertThat(config.port()).isEqualTo(7080);
        assertThat(config.drainSeconds()).isEqualTo(30);
    }
}
