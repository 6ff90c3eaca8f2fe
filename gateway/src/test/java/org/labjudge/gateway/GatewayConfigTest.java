package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.gateway.config.GatewayConfig;
import org.labjudge.node.admission.ConcurrencyCaps;
import org.labjudge.node.config.ConfigException;

/** The gateway's settings follow a node's rules: a file's unknown names, a network address without a token and an example's token are refused. */
class GatewayConfigTest {

    @TempDir
    Path dir;

    @Test
    void theFileThenTheOptionsAreLaidOverTheDefaults() throws Exception {
        Path file = dir.resolve("gateway.json");
        Files.writeString(file, "{\"nodes\": \"/etc/labjudge/nodes.json\", \"port\": 7181, \"requestDeadlineSeconds\": 90}");

        GatewayConfig config = GatewayConfig.builder(file).set("port", 7999).build();

        assertThat(config.nodes()).isEqualTo("/etc/labjudge/nodes.json");
        assertThat(config.port()).isEqualTo(7999);
        assertThat(config.bind()).isEqualTo("127.0.0.1");
        assertThat(config.pool().requestDeadline()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.pool().embeddedNode()).isFalse();
    }

    @Test
    void tokenCapsOfTheFileCapTheAdmissionAndNoneIsTheDefault() throws Exception {
        Path file = dir.resolve("gateway.json");
        Files.writeString(file, "{\"nodes\": \"n.json\", \"tokenCaps\": {\"token-1\": 3}}");

        assertThat(GatewayConfig.builder(file).build().admission().caps().capOf("token-1")).isEqualTo(3);
        assertThat(GatewayConfig.builder().set("nodes", "n.json").build().admission().caps())
                .isEqualTo(ConcurrencyCaps.NONE);
    }

    @Test
    void aMisspeltSettingInTheFileIsRefused() throws Exception {
        Path file = dir.resolve("gateway.json");
        Files.writeString(file, "{\"nodes\": \"nodes.json\", \"prot\": 7181}");

        assertThatThrownBy(() -> GatewayConfig.builder(file).build()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting \"prot\"");
    }

    @Test
    void withoutANodeListThereIsNothingToServe() {
        assertThatThrownBy(() -> GatewayConfig.builder().build()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("nodes must name the node list");
    }

    @Test
    void aNetworkAddressNeedsARealToken() {
        assertThatThrownBy(() -> GatewayConfig.builder().set("nodes", "n.json").set("bind", "0.0.0.0").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("without a token");
        assertThatThrownBy(() -> GatewayConfig.builder().set("nodes", "n.json").set("bind", "0.0.0.0")
                .set("tokens", List.of("change-me-to-a-long-random-token")).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("placeholder");
        assertThat(GatewayConfig.builder().set("nodes", "n.json").set("bind", "0.0.0.0")
                .set("tokens", List.of("a-real-token-of-the-lab-0123")).build().tokens()).hasSize(1);
    }
}
