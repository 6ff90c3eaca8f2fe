package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scored group's verdict mode on the wire: the format's names, and requests written before it. */
class TestGroupJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void theVerdictModeExampleIsReadAndWrittenBackAsItWas() {
        String json = DesignExamples.load("test-group-verdict-mode.json");

        TestGroup group = Json.read(mapper, json, TestGroup.class);

        assertThat(group.verdictAggregation()).isEqualTo(VerdictAggregation.WORST_ERROR);
        assertThat(group.acceptIfAnyAccepted()).isFalse();
        JsonTrees.assertSameJson(Json.write(mapper, group), json);
    }

    @Test
    void acceptIfAnyAcceptedTravelsWhenSet() {
        TestGroup group = new TestGroup("secret/g", List.of("secret/g/1"), null, null, null, null, null,
                VerdictAggregation.ALWAYS_ACCEPT, true);

        String json = Json.write(mapper, group);

        assertThat(json).contains("\"verdictAggregation\":\"always_accept\"", "\"acceptIfAnyAccepted\":true");
        assertThat(Json.read(mapper, json, TestGroup.class)).isEqualTo(group);
    }

    @Test
    void aGroupWrittenBeforeTheModesReadsAsFirstError() {
        TestGroup older = Json.read(mapper, "{\"name\":\"secret/g\",\"tests\":[\"secret/g/1\"]}", TestGroup.class);

        assertThat(older.verdictAggregation()).isEqualTo(VerdictAggregation.FIRST_ERROR);
        assertThat(older.acceptIfAnyAccepted()).isFalse();
        assertThat(Json.write(mapper, older)).doesNotContain("acceptIfAnyAccepted");
    }

    @Test
    void anUnknownModeIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Json.read(mapper,
                "{\"name\":\"secret/g\",\"tests\":[],\"verdictAggregation\":\"best_error\"}", TestGroup.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("unknown verdict aggregation \"best_error\", expected one of first_error,"
                        + " worst_error, always_accept");
    }
}
