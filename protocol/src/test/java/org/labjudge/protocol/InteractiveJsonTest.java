package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire form of interactive and multi-pass validators and of a multi-pass test's result. */
class InteractiveJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void theInteractiveValidatorExampleIsReadAndWrittenBackAsItWas() {
        String json = DesignExamples.load("validator-interactive.json");
        ValidatorSpec spec = Json.read(mapper, json, ValidatorSpec.class);

        assertThat(spec.language()).isEqualTo("python");
        assertThat(spec.files()).extracting(SourceFile::name).containsExactly("interactor.py");
        assertThat(spec.interactive()).isTrue();
        assertThat(spec.passes()).isNull();
        assertThat(spec.passLimit()).isEqualTo(1);
        assertThat(spec.problems()).isEmpty();
        JsonTrees.assertSameJson(Json.write(mapper, spec), json);
    }

    @Test
    void theMultiPassValidatorExampleIsReadAndWrittenBackAsItWas() {
        String json = DesignExamples.load("validator-multi-pass.json");
        ValidatorSpec spec = Json.read(mapper, json, ValidatorSpec.class);

        assertThat(spec.interactive()).isFalse();
        assertThat(spec.passes()).isEqualTo(2);
        assertThat(spec.passLimit()).isEqualTo(2);
        JsonTrees.assertSameJson(Json.write(mapper, spec), json);
    }

    @Test
    void aValidatorOfNeitherKindWritesNeitherField() {
        // So a request without them still reads on a node that predates them.
        JsonNode written = JsonTrees.tree(Json.write(mapper,
                new ValidatorSpec("python", List.of(new SourceFile("v.py", "pass")), null)));

        assertThat(written.has("interactive")).isFalse();
        assertThat(written.has("passes")).isFalse();
    }

    @Test
    void passesOutsideTheFormatsRangeAreAProblem() {
        ValidatorSpec spec = new ValidatorSpec("python", List.of(new SourceFile("v.py", "pass")), null);

        assertThat(spec.withPasses(1).problems()).containsExactly("validator.passes must be between 2 and 100"
                + " (a multi-pass problem's validation_passes), got 1");
        assertThat(spec.withPasses(101).problems()).hasSize(1);
        assertThat(spec.withPasses(100).problems()).isEmpty();
        assertThat(new RunRequest("python", "print()", null, null, null, null, null, null, false,
                spec.withPasses(0), null).problems()).hasSize(1);
    }

    @Test
    void theMultiPassTestResultExampleCarriesItsPasses() {
        String json = DesignExamples.load("test-result-multi-pass.json");
        TestResult test = Json.read(mapper, json, TestResult.class);

        assertThat(test.passes()).isEqualTo(2);
        assertThat(test.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(test.judgeMessage()).isEqualTo("pass 1: ab -> 29\npass 2: ab came back\n");
        JsonTrees.assertSameJson(Json.write(mapper, test), json);
        assertThat(JsonTrees.tree(Json.write(mapper, test.withPasses(null))).has("passes")).isFalse();
    }
}
