package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A streamed run's lines read and write as the design shows: a test's result, then the whole result. */
class RunEventJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void aTestLineCarriesOneTestsResult() {
        String json = DesignExamples.load("run-event-test.json");
        RunEvent event = Json.read(mapper, json, RunEvent.class);

        assertThat(event.hasResult()).isFalse();
        assertThat(event.test().name()).isEqualTo("1");
        assertThat(event.test().verdict()).isEqualTo(Verdict.ACCEPTED);
        JsonTrees.assertSameJson(Json.write(mapper, event), json);
    }

    @Test
    void theLastLineIsTheWholeResult() {
        String json = DesignExamples.load("run-event-result.json");
        RunEvent event = Json.read(mapper, json, RunEvent.class);

        assertThat(event.hasResult()).isTrue();
        assertThat(event.result().verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(event.result().tests()).hasSize(1);
        JsonTrees.assertSameJson(Json.write(mapper, event), json);
    }

    @Test
    void aLineWithNeitherOrBothIsRefused() {
        assertThatThrownBy(() -> Json.read(mapper, "{}", RunEvent.class)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> RunEvent.of((TestResult) null)).hasMessageContaining("exactly one");
    }
}
