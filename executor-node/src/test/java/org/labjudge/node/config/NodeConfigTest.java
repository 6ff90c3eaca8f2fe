package org.labjudge.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.admission.AdmissionPolicy;
import org.labjudge.node.admission.ConcurrencyCaps;
import org.labjudge.node.judge.RunPolicy;
import org.labjudge.node.sandbox.PoolSettings;
import org.labjudge.protocol.Limits;

class NodeConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreTheDocumentedOnes() {
        NodeConfig config = NodeConfig.defaultConfig();
        int processors = Runtime.getRuntime().availableProcessors();

        assertThat(config.bind()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.tokens()).isEmpty();
        assertThat(config.authEnabled()).isFalse();
        assertThat(config.nodeId()).isNotBlank();
        assertThat(config.slots()).isEqualTo(processors);
        assertThat(config.maxQueue()).as("the burst, the gateway's too").isEqualTo(AdmissionPolicy.DEFAULT.burst());
        assertThat(config.maxWaitSeconds()).isEqualTo(10);
        assertThat(config.maxBodyBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(config.maxSourceBytes()).isEqualTo(1024 * 1024);
        assertThat(config.maxTests()).isEqualTo(1000);
        assertThat(config.maxFiles()).isEqualTo(32);
        assertThat(config.defaults()).isEqualTo(new Limits(2000, 6000, 256, 64, 64));
        assertThat(config.max()).isEqualTo(new Limits(20000, 60000, 1024, 16384, 256));
        assertThat(config.imagePrefix()).isEqualTo("labjudge/");
        assertThat(config.imageTag()).isEqualTo("current");
        assertThat(config.drainSeconds()).isEqualTo(30);
        assertThat(config.warmPool()).isEqualTo(new PoolSettings(1, processors, 200));
        assertThat(config.pinCores()).isEqualTo(java.util.stream.IntStream.range(0, processors).boxed().toList());
        assertThat(config.runtime()).isEmpty();
    }

    @Test
    void eachSlotIsPinnedToItsCoreAndMoreSlotsThanCoresShareThemInTurn() {
        RunPolicy policy = NodeConfig.builder().set("slots", 3).set("pinCores", List.of(2, 5)).build().runPolicy();

        assertThat(List.of(policy.cpusetOf(0), policy.cpusetOf(1), policy.cpusetOf(2))).containsExactly("2", "5", "2");
        assertThat(NodeConfig.builder().set("pinCores", List.of()).build().runPolicy().cpusetOf(0)).isEmpty();
        assertThatThrownBy(() -> NodeConfig.builder().set("pinCores", List.of(-1)).build())
                .hasMessageContaining("pinCores are core numbers, 0 or more, got [-1]");
    }

    @Test
    void underGvisorSlotsAreNotPinnedAndACompileKeepsTheProgramsLimits() {
        NodeConfig config = NodeConfig.builder().set("runtime", "runsc").set("pinCores", List.of(0, 1)).build();

        assertThat(config.sandboxRuntime().updatable()).isFalse();
        assertThat(config.runPolicy().slotCores()).isEmpty();
        assertThat(config.judgeSettings().limitsChangeable()).isFalse();
        assertThat(NodeConfig.defaultConfig().judgeSettings().limitsChangeable()).isTrue();
        assertThatThrownBy(() -> NodeConfig.builder().set("runtime", "runsc --debug").build())
                .hasMessageContaining("runtime must be a runtime's name");
    }

    @Test
    void underGvisorEachSandboxServesOneRunUnlessTheFileSaysOtherwise() throws IOException {
        assertThat(NodeConfig.builder().set("runtime", "runsc").build().warmPool().maxUses()).isEqualTo(1);
        assertThat(NodeConfig.load(write("{\"runtime\": \" runsc \"}")).warmPool().maxUses()).isEqualTo(1);
        assertThat(NodeConfig.builder().set("runtime", "runsc").set("warmPool.maxUses", 20).build().warmPool().maxUses())
                .as("an admin's own value stands").isEqualTo(20);
        assertThat(NodeConfig.defaultConfig().warmPool().maxUses()).isEqualTo(PoolSettings.DEFAULT_MAX_USES);
    }

    @Test
    void aFileSetsWhatItGivesAndLeavesTheRestAtDefaults() throws IOException {
        Path file = write("""
                {"bind": "0.0.0.0", "port": 8080, "tokens": ["t1", "t2"], "nodeId": "lab-07",
                 "slots": 3, "maxBodyBytes": 1048576, "maxTests": 50,
                 "defaults": {"timeMs": 1000}, "max": {"memoryMb": 2048},
                 "imagePrefix": "registry.lab/labjudge-", "imageTag": "2026.1", "drainSeconds": 5}
                """);

        NodeConfig config = NodeConfig.load(file);

        assertThat(config.bind()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.tokens()).containsExactly("t1", "t2");
        assertThat(config.nodeId()).isEqualTo("lab-07");
        assertThat(config.slots()).isEqualTo(3);
        assertThat(config.maxQueue()).isEqualTo(64);
        assertThat(config.maxBodyBytes()).isEqualTo(1048576);
        assertThat(config.maxTests()).isEqualTo(50);
        assertThat(config.maxFiles()).isEqualTo(32);
        assertThat(config.defaults()).isEqualTo(new Limits(1000, 6000, 256, 64, 64));
        assertThat(config.max()).isEqualTo(new Limits(20000, 60000, 2048, 16384, 256));
        assertThat(config.imagePrefix()).isEqualTo("registry.lab/labjudge-");
        assertThat(config.imageTag()).isEqualTo("2026.1");
        assertThat(config.drainSeconds()).isEqualTo(5);
    }

    @Test
    void anEmptyObjectIsAllDefaults() throws IOException {
        NodeConfig config = NodeConfig.builder(write("{}")).set("nodeId", "x").set("slots", 2).build();

        assertThat(config).isEqualTo(NodeConfig.builder().set("nodeId", "x").set("slots", 2).build());
    }

    @Test
    void overridesWinOverTheFileAndTheBurstDoesNotFollowTheSlots() throws IOException {
        Path file = write("{\"bind\": \"0.0.0.0\", \"port\": 8080, \"tokens\": [\"from-file\"], \"slots\": 3}");

        NodeConfig config = NodeConfig.builder(file)
                .set("bind", "127.0.0.2").set("port", 9090).set("tokens", List.of("from-cli")).set("slots", 5)
                .set("nodeId", "override")
                .build();

        assertThat(config.bind()).isEqualTo("127.0.0.2");
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.tokens()).containsExactly("from-cli");
        assertThat(config.slots()).isEqualTo(5);
        assertThat(config.maxQueue()).isEqualTo(64);
        assertThat(config.nodeId()).isEqualTo("override");
    }

    @Test
    void anExplicitQueueIsKeptAsTheBurstWithTheWaitBound() throws IOException {
        NodeConfig config = NodeConfig.builder(write("{\"maxQueue\": 7, \"maxWaitSeconds\": 30}")).set("slots", 5).build();

        assertThat(config.maxQueue()).isEqualTo(7);
        assertThat(config.admission()).isEqualTo(new AdmissionPolicy(Duration.ofSeconds(30), 7,
                AdmissionPolicy.DEFAULT.initialRunTime()));
    }

    @Test
    void tokenCapsOfTheFileBecomeTheAdmissionsCapsAndNoneIsTheDefault() throws IOException {
        NodeConfig config = NodeConfig.builder(write("{\"tokenCaps\": {\"token-2\": 1}}")).build();

        assertThat(config.admission().caps()).isEqualTo(new ConcurrencyCaps(Map.of("token-2", 1)));
        assertThat(NodeConfig.builder().build().admission().caps()).isEqualTo(ConcurrencyCaps.NONE);
        assertThatThrownBy(() -> NodeConfig.builder().set("tokenCaps", Map.of("token-1", 0)).build())
                .hasMessageContaining("tokenCaps: a cap is").hasMessageContaining("token-1=0");
    }

    @Test
    void aNegativeWaitBoundIsRefused() {
        assertThatThrownBy(() -> NodeConfig.builder().set("maxWaitSeconds", -1).build())
                .hasMessageContaining("maxWaitSeconds must be 0 or more");
    }

    @Test
    void anUnknownSettingIsAnErrorNamingIt() throws IOException {
        Path file = write("{\"port\": 7070, \"prot\": 7071}");

        assertThatThrownBy(() -> NodeConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("unknown setting \"prot\"")
                .hasMessageContaining("port");
    }

    @Test
    void anUnknownLimitIsAnErrorNamingIt() throws IOException {
        Path file = write("{\"defaults\": {\"timeMS\": 1000}}");

        assertThatThrownBy(() -> NodeConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting \"defaults.timeMS\"")
                .hasMessageContaining("timeMs");
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorNamingTheField() throws IOException {
        assertThatThrownBy(() -> NodeConfig.load(write("{\"port\": \"7070\"}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("port: expected an integer, got a string");
        assertThatThrownBy(() -> NodeConfig.load(write("{\"max\": {\"timeMs\": 1.5}}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("max.timeMs");
        assertThatThrownBy(() -> NodeConfig.load(write("{\"tokens\": \"secret\"}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tokens");
    }

    @Test
    void malformedJsonIsAnErrorWithItsPosition() throws IOException {
        assertThatThrownBy(() -> NodeConfig.load(write("{\"port\": 7070,\n \"bind\" \"0.0.0.0\"}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("malformed JSON at line 2");
        assertThatThrownBy(() -> NodeConfig.load(write("[]")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> NodeConfig.load(write("")))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> NodeConfig.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file " + missing + " does not exist");
    }

    @Test
    void aNonLoopbackBindWithoutATokenIsRefused() {
        assertThatThrownBy(() -> NodeConfig.builder().set("bind", "0.0.0.0").build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("refusing to listen on 0.0.0.0 without a token: add --token or tokens in the config");
        assertThat(NodeConfig.builder().set("bind", "0.0.0.0").set("tokens", List.of("t")).build().authEnabled())
                .isTrue();
        assertThat(NodeConfig.builder().set("bind", "::1").build().bind()).isEqualTo("::1");
        assertThat(NodeConfig.builder().set("bind", "localhost").build().bind()).isEqualTo("localhost");
    }

    @Test
    void outOfRangeValuesAreRefusedByName() {
        assertThatThrownBy(() -> NodeConfig.builder().set("port", 70000).build())
                .hasMessageContaining("port must be between 0 and 65535");
        assertThatThrownBy(() -> NodeConfig.builder().set("slots", 0).build())
                .hasMessageContaining("slots must be positive");
        assertThatThrownBy(() -> NodeConfig.builder().set("maxQueue", -1).build())
                .hasMessageContaining("maxQueue");
        assertThatThrownBy(() -> NodeConfig.builder().set("tokens", List.of(" ")).build())
                .hasMessageContaining("tokens");
        assertThatThrownBy(() -> NodeConfig.builder().set("defaults.timeMs", -1).build())
                .hasMessageContaining("defaults.timeMs must be positive, got -1");
        assertThatThrownBy(() -> NodeConfig.builder().set("defaults.timeMs", 30000).build())
                .hasMessageContaining("defaults.timeMs (30000) is above max.timeMs (20000)");
    }

    @Test
    void theRunPolicyCarriesTheWorkerSettings() {
        NodeConfig config = NodeConfig.builder().set("slots", 2).set("maxQueue", 5).set("maxSourceBytes", 1000)
                .set("maxTests", 10).set("maxFiles", 3).build();

        RunPolicy policy = config.runPolicy();

        assertThat(policy).isEqualTo(new RunPolicy(2, new AdmissionPolicy(Duration.ofSeconds(10), 5,
                AdmissionPolicy.DEFAULT.initialRunTime()), config.defaults(), config.max(), 1000, 10, 3,
                config.pinCores(), config.console()));
        assertThat(config.limitsInfo().defaults()).isEqualTo(config.defaults());
        assertThat(config.limitsInfo().max()).isEqualTo(config.max());
    }

    @Test
    void theWarmPoolIsSetFromTheFileAndItsLimitFollowsTheSlots() throws IOException {
        Path file = write("{\"slots\": 3, \"warmPool\": {\"idlePerLanguage\": 2, \"maxUses\": 50}}");

        NodeConfig config = NodeConfig.load(file);

        assertThat(config.warmPool()).isEqualTo(new PoolSettings(2, 3, 50));
        assertThat(NodeConfig.builder(file).set("slots", 5).build().warmPool().maxPerLanguage()).isEqualTo(5);
        assertThat(NodeConfig.builder(file).set("slots", 1).build().warmPool().maxPerLanguage())
                .as("never fewer than the idle ones").isEqualTo(2);
    }

    @Test
    void anOverrideOfOneWarmPoolValueKeepsTheOthers() throws IOException {
        Path file = write("{\"warmPool\": {\"maxPerLanguage\": 6}}");

        NodeConfig config = NodeConfig.builder(file).set("slots", 2).set("warmPool.idlePerLanguage", 0).build();

        assertThat(config.warmPool()).isEqualTo(new PoolSettings(0, 6, 200));
        assertThat(NodeConfig.builder().set("slots", 2).set("warmPool", Map.of("idlePerLanguage", 0, "maxUses", 1))
                .build().warmPool()).isEqualTo(new PoolSettings(0, 2, 1));
    }

    @Test
    void anOverrideOfAnUnknownSettingIsRefused() {
        assertThatThrownBy(() -> NodeConfig.builder().set("warmPool.idle", 1))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting \"warmPool.idle\"");
        assertThatThrownBy(() -> NodeConfig.builder().set("slots.count", 1))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void anUnknownWarmPoolSettingIsAnErrorNamingIt() throws IOException {
        Path file = write("{\"warmPool\": {\"idle\": 1}}");

        assertThatThrownBy(() -> NodeConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting \"warmPool.idle\"")
                .hasMessageContaining("idlePerLanguage");
        assertThatThrownBy(() -> NodeConfig.load(write("{\"warmPool\": {\"maxUses\": \"many\"}}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("maxUses");
    }

    @Test
    void outOfRangeWarmPoolValuesAreRefusedByName() {
        assertThatThrownBy(() -> NodeConfig.builder().set("warmPool.idlePerLanguage", -1).build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("warmPool: idlePerLanguage must be 0 or more, got -1");
        assertThatThrownBy(() -> NodeConfig.builder().set("warmPool", Map.of("idlePerLanguage", 3, "maxPerLanguage", 2))
                .build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("warmPool: maxPerLanguage (2) is below idlePerLanguage (3)");
        assertThatThrownBy(() -> NodeConfig.builder().set("warmPool.maxUses", 0).build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("warmPool: maxUses must be positive, got 0");
    }

    @Test
    void toStringHidesTheTokens() {
        NodeConfig config = NodeConfig.builder().set("tokens", List.of("very-secret")).build();

        assertThat(config.toString()).doesNotContain("very-secret").contains("tokens=1 hidden");
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "node", ".json");
        Files.writeString(file, json);
        return file;
    }
}
