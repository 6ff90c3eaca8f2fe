package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CheckerSpecJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void designExampleRoundTrips() {
        String json = DesignExamples.load("checker.json");
        CheckerSpec checker = Json.read(mapper, json, CheckerSpec.class);
        assertThat(checker.type()).isEqualTo(CheckerType.TOKENS);
        assertThat(checker.caseSensitive()).isFalse();
        assertThat(checker.spaceChangeSensitive()).isNull();
        assertThat(checker.floatAbsTolerance()).isEqualTo(1e-6);
        assertThat(checker.floatRelTolerance()).isEqualTo(1e-6);
        JsonTrees.assertSameJson(Json.write(mapper, checker), json);
    }

    @Test
    void typesAreWrittenInLowerCase() {
        assertThat(Json.write(mapper, CheckerSpec.of(CheckerType.EXACT))).isEqualTo("{\"type\":\"exact\"}");
        assertThat(Json.write(mapper, CheckerSpec.of(CheckerType.LINES))).isEqualTo("{\"type\":\"lines\"}");
        assertThat(Json.write(mapper, CheckerSpec.of(CheckerType.TOKENS))).isEqualTo("{\"type\":\"tokens\"}");
    }

    @Test
    void typesAreReadWhateverTheirCase() {
        assertThat(Json.read(mapper, "{\"type\":\"lines\"}", CheckerSpec.class).type()).isEqualTo(CheckerType.LINES);
        assertThat(Json.read(mapper, "{\"type\":\"EXACT\"}", CheckerSpec.class).type()).isEqualTo(CheckerType.EXACT);
    }

    @Test
    void typeLeftOutOrNullIsTokens() {
        assertThat(Json.read(mapper, "{\"caseSensitive\":true}", CheckerSpec.class).type())
                .isEqualTo(CheckerType.TOKENS);
        assertThat(Json.read(mapper, "{\"type\":null}", CheckerSpec.class).type()).isEqualTo(CheckerType.TOKENS);
        assertThat(new CheckerSpec(null, null, null, null, null)).isEqualTo(CheckerSpec.DEFAULT);
    }

    @Test
    void defaultIsTokensWithKattisDefaults() {
        assertThat(CheckerSpec.DEFAULT.type()).isEqualTo(CheckerType.TOKENS);
        assertThat(CheckerSpec.DEFAULT.caseSensitiveOrDefault()).isFalse();
        assertThat(CheckerSpec.DEFAULT.spaceChangeSensitiveOrDefault()).isFalse();
        assertThat(CheckerSpec.DEFAULT.floatAbsTolerance()).isNull();
        assertThat(CheckerSpec.DEFAULT.floatRelTolerance()).isNull();
        assertThat(new CheckerSpec(CheckerType.TOKENS, true, true, null, null).caseSensitiveOrDefault()).isTrue();
        assertThat(new CheckerSpec(CheckerType.TOKENS, true, true, null, null).spaceChangeSensitiveOrDefault())
                .isTrue();
    }

    @Test
    void unknownTypeIsRefusedNamingTheFieldAndTheChoices() {
        assertThatThrownBy(() -> Json.read(mapper, "{\"type\":\"fuzzy\"}", CheckerSpec.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("type: unknown checker type \"fuzzy\", expected one of exact, lines, tokens");
        assertThatThrownBy(() -> CheckerType.fromJson("diff")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("\"diff\"");
    }

    @Test
    void negativeOrNonFiniteTolerancesAreProblems() {
        assertThat(new CheckerSpec(null, null, null, -1.0, Double.NaN).problems()).containsExactly(
                "checker.floatAbsTolerance must be a non-negative number, got -1.0",
                "checker.floatRelTolerance must be a non-negative number, got NaN");
        assertThat(new CheckerSpec(null, null, null, 0.0, 1e-6).problems()).isEmpty();
    }
}
