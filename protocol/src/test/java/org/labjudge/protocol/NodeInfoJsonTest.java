package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class NodeInfoJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void designShapeIsReadFieldByFieldAndWrittenBack() {
        String json = DesignExamples.load("info.json");
        NodeInfo info = Json.read(mapper, json, NodeInfo.class);

        assertThat(info.nodeId()).isEqualTo("lab-07");
        assertThat(info.version()).isEqualTo("0.1.0");
        assertThat(info.protocol()).isEqualTo(NodeInfo.PROTOCOL_VERSION).isEqualTo(1);
        assertThat(info.slots()).isEqualTo(4);
        assertThat(info.busy()).isEqualTo(1);
        assertThat(info.queued()).isEqualTo(2);
        assertThat(info.maxQueue()).isEqualTo(32);
        assertThat(info.languages()).containsExactly("python", "java", "c", "cpp", "javascript", "go", "rust", "bash");
        assertThat(info.limits()).isEqualTo(new LimitsInfo(Limits.NONE, Limits.NONE));
        assertThat(info.maxWaitSeconds()).isEqualTo(10);

        JsonTrees.assertSameJson(Json.write(mapper, info), json);
    }

    @Test
    void theConsoleLimitsAreReadAsShownAndLeftOutByOlderNodes() {
        String json = DesignExamples.load("info-console.json");
        NodeInfo info = Json.read(mapper, json, NodeInfo.class);

        assertThat(info.limits().console()).isEqualTo(new ConsoleLimits(120, 600, 600, 1800));
        assertThat(info.limits().defaults()).isEqualTo(new Limits(2000, 6000, 256, 64, 64));
        JsonTrees.assertSameJson(Json.write(mapper, info), json);
        assertThat(Json.read(mapper, DesignExamples.load("info.json"), NodeInfo.class).limits().console()).isNull();
    }

    @Test
    void limitsPolicyRoundTrips() {
        NodeInfo info = new NodeInfo("lab-01", "0.1.0", 1, 8, 0, 0, 64, java.util.List.of("c"),
                new LimitsInfo(new Limits(2000, 6000, 256, 64, 64), new Limits(10000, 30000, 1024, 1024, 256)), 10);
        String json = Json.write(mapper, info);
        JsonTrees.assertSameJson(json, "{\"nodeId\":\"lab-01\",\"version\":\"0.1.0\",\"protocol\":1,\"slots\":8,"
                + "\"busy\":0,\"queued\":0,\"maxQueue\":64,\"languages\":[\"c\"],\"limits\":{"
                + "\"defaults\":{\"timeMs\":2000,\"wallTimeMs\":6000,\"memoryMb\":256,\"outputKb\":64,\"processes\":64},"
                + "\"max\":{\"timeMs\":10000,\"wallTimeMs\":30000,\"memoryMb\":1024,\"outputKb\":1024,\"processes\":256}},\"maxWaitSeconds\":10}");
        assertThat(Json.read(mapper, json, NodeInfo.class)).isEqualTo(info);
    }

    @Test
    void anOlderNodesInfoWithoutAWaitBoundReadsAsZero() {
        NodeInfo info = Json.read(mapper, "{\"nodeId\":\"n\",\"protocol\":1,\"slots\":2,\"maxQueue\":8}",
                NodeInfo.class);
        assertThat(info.maxQueue()).isEqualTo(8);
        assertThat(info.maxWaitSeconds()).isZero();
    }

    @Test
    void unknownFieldsFromNewerNodesAreIgnored() {
        NodeInfo info = Json.read(mapper, "{\"nodeId\":\"n\",\"protocol\":1,\"slots\":2,\"gpu\":false,"
                + "\"load\":{\"cpu\":0.5}}", NodeInfo.class);
        assertThat(info.nodeId()).isEqualTo("n");
        assertThat(info.slots()).isEqualTo(2);
        assertThat(info.languages()).isEmpty();
    }

    @Test
    void freeSlotsAreSlotsNotBusyAndNeverNegative() {
        assertThat(new NodeInfo("n", "v", 1, 4, 1, 0, 8, null, null).freeSlots()).isEqualTo(3);
        assertThat(new NodeInfo("n", "v", 1, 2, 3, 0, 8, null, null).freeSlots()).isZero();
    }
}
