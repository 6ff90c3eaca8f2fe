package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ValueKindTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void namesEveryKindAndTheObjectAsTheFormatCallsIt() throws Exception {
        assertThat(ValueKind.of(mapper.readTree("{}"), "a map")).isEqualTo("a map");
        assertThat(ValueKind.of(mapper.readTree("[]"), "an object")).isEqualTo("a list");
        assertThat(ValueKind.of(mapper.readTree("1.5"), "an object")).isEqualTo("a number");
        assertThat(ValueKind.of(mapper.readTree("true"), "an object")).isEqualTo("true/false");
        assertThat(ValueKind.of(mapper.readTree("null"), "an object")).isEqualTo("null");
        assertThat(ValueKind.of(mapper.readTree("\"x\""), "an object")).isEqualTo("text");
    }
}
