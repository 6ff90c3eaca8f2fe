package org.labjudge.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.judge.ConsolePolicy;
import org.labjudge.protocol.ConsoleLimits;

/**
 * The console session limits are node settings ({@code console} in the config file): two minutes idle and ten in
 * all by default, at most ten and thirty; a file or an override sets each, a bad value is refused by its name, and
 * the worker and {@code /api/v1/info} get what was set.
 */
class ConsoleSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTwoMinutesIdleAndTenInAllAtMostTenAndThirty() {
        NodeConfig config = NodeConfig.defaultConfig();

        assertThat(config.console()).isEqualTo(new ConsolePolicy(120, 600, 600, 1800));
        assertThat(config.runPolicy().console()).isEqualTo(config.console());
        assertThat(config.limitsInfo().console()).isEqualTo(new ConsoleLimits(120, 600, 600, 1800));
    }

    @Test
    void aFileSetsWhatItGivesAndTheRestKeepTheirDefaults() throws IOException {
        Path file = dir.resolve("node.json");
        Files.writeString(file, "{\"console\": {\"idleSeconds\": 30, \"maxTotalSeconds\": 3600}}");

        NodeConfig config = NodeConfig.load(file);

        assertThat(config.console()).isEqualTo(new ConsolePolicy(30, 600, 600, 3600));
        assertThat(config.limitsInfo().console()).isEqualTo(new ConsoleLimits(30, 600, 600, 3600));
        assertThat(NodeConfig.builder(file).set("console.totalSeconds", 900).build().console())
                .isEqualTo(new ConsolePolicy(30, 600, 900, 3600));
    }

    @Test
    void aSessionIsGivenTheDefaultsAndLoweredToTheMaxima() {
        ConsolePolicy policy = NodeConfig.builder().set("console", Map.of("idleSeconds", 60, "maxIdleSeconds", 90,
                "totalSeconds", 300, "maxTotalSeconds", 400)).build().console();

        assertThat(policy.idle(null)).isEqualTo(60);
        assertThat(policy.idle(5)).isEqualTo(5);
        assertThat(policy.idle(1000)).isEqualTo(90);
        assertThat(policy.total(null)).isEqualTo(300);
        assertThat(policy.total(1000)).isEqualTo(400);
    }

    @Test
    void valuesASessionCannotRunWithAreRefusedByName() throws IOException {
        assertThatThrownBy(() -> NodeConfig.builder().set("console.idleSeconds", 0).build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("console: idleSeconds must be positive, got 0");
        assertThatThrownBy(() -> NodeConfig.builder().set("console", Map.of("totalSeconds", 2000)).build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("console: maxTotalSeconds (1800) is below totalSeconds (2000)");
        assertThatThrownBy(() -> NodeConfig.builder().set("console", Map.of("idleSeconds", -1, "maxIdleSeconds", 0,
                "totalSeconds", 0)).build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("console: idleSeconds must be positive, got -1; totalSeconds must be positive, got 0");
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\"console\": {\"idle\": 30}}");
        assertThatThrownBy(() -> NodeConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting \"console.idle\"")
                .hasMessageContaining("idleSeconds, maxIdleSeconds, maxTotalSeconds, totalSeconds");
    }
}
