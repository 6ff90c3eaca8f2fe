package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a client sees when it sends something wrong: one plain message naming the field. */
class JsonErrorsTest {
    private static final String BASE = "\"language\":\"python\",\"source\":\"print(1)\"";

    private final ObjectMapper mapper = Json.newMapper();

    static Stream<Arguments> wrongRequests() {
        return Stream.of(
                arguments("{" + BASE + ",\"limits\":{\"timeMs\":\"abc\"}}", "limits.timeMs: expected an integer, got a string"),
                arguments("{" + BASE + ",\"limits\":{\"timeMs\":\"2000\"}}", "limits.timeMs: expected an integer, got a string"),
                arguments("{" + BASE + ",\"limits\":{\"memoryMb\":1.5}}", "limits.memoryMb: expected an integer, got a decimal number"),
                arguments("{" + BASE + ",\"limits\":{\"outputKb\":99999999999}}",
                        "limits.outputKb: number 99999999999 is out of range for an integer"),
                arguments("{" + BASE + ",\"limits\":[]}", "limits: expected an object, got an array"),
                arguments("{" + BASE + ",\"tests\":{}}", "tests: expected an array, got an object"),
                arguments("{" + BASE + ",\"tests\":\"\"}", "tests: expected an array, got a string"),
                arguments("{" + BASE + ",\"tests\":[null]}", "tests[0] must not be null"),
                arguments("{" + BASE + ",\"tests\":[{\"name\":\"1\"},{\"name\":2}]}", "tests[1].name: expected a string, got an integer"),
                arguments("{" + BASE + ",\"args\":[\"-v\",3]}", "args[1]: expected a string, got an integer"),
                arguments("{" + BASE + ",\"files\":[{\"content\":\"x\"}]}", "files[0].name is required"),
                arguments("{" + BASE + ",\"stopOnFirstFailure\":null}", "stopOnFirstFailure: expected true or false, got null"),
                arguments("{" + BASE + ",\"stopOnFirstFailure\":1}", "stopOnFirstFailure: expected true or false, got an integer"),
                arguments("{" + BASE + ",\"stopOnFirstFailure\":\"true\"}", "stopOnFirstFailure: expected true or false, got a string"),
                arguments("{" + BASE + ",\"checker\":{\"type\":\"diff\"}}",
                        "checker.type: unknown checker type \"diff\", expected one of exact, lines, tokens"),
                arguments("{" + BASE + ",\"checker\":{\"caseSensitive\":\"no\"}}", "checker.caseSensitive: expected true or false, got a string"),
                arguments("{" + BASE + ",\"checker\":{\"floatAbsTolerance\":\"1e-6\"}}", "checker.floatAbsTolerance: expected a number, got a string"),
                arguments("{\"language\":5,\"source\":\"x\"}", "language: expected a string, got an integer"),
                arguments("{\"language\":\"c\",\"source\":false}", "source: expected a string, got false"),
                arguments("{\"source\":\"x\"}", "language is required"),
                arguments("{\"language\":\"c\",\"source\":null}", "source is required"),
                arguments("[]", "expected an object, got an array"),
                arguments("null", "expected an object, got null"),
                arguments("", "malformed JSON: no content"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrongRequests")
    void wrongRequestsAreRefusedWithAMessageNamingTheField(String json, String message) {
        assertThatThrownBy(() -> Json.read(mapper, json, RunRequest.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessage(message);
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertThatThrownBy(() -> Json.read(mapper, "{\"language\" \"c\"}", RunRequest.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("malformed JSON at line 1, column 13: ");
        assertThatThrownBy(() -> Json.read(mapper, "{\n  \"language\": \"c\",\n", RunRequest.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("malformed JSON at line 3, column 1: ");
    }

    @Test
    void trailingContentAndDuplicateFieldsAreMalformed() {
        assertThatThrownBy(() -> Json.read(mapper, "{" + BASE + "} {}", RunRequest.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("malformed JSON at line 1, column ")
                .hasMessageEndingWith(": unexpected content after the end of the JSON value");
        assertThatThrownBy(() -> Json.read(mapper, "{" + BASE + ",\"language\":\"c\"}", RunRequest.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("Duplicate field 'language'");
    }

    @Test
    void exceptionCarriesFieldAndProblemSeparately() {
        ProtocolException e = catchThrowableOfType(ProtocolException.class,
                () -> Json.read(mapper, "{" + BASE + ",\"tests\":[{\"name\":\"1\",\"input\":7}]}", RunRequest.class));
        assertThat(e.field()).isEqualTo("tests[0].input");
        assertThat(e.problem()).isEqualTo("expected a string, got an integer");

        ProtocolException malformed = catchThrowableOfType(ProtocolException.class,
                () -> Json.read(mapper, "{", RunRequest.class));
        assertThat(malformed.field()).isNull();
    }

    @Test
    void pathsInsideArraysAtTheTopLevelStartWithTheIndex() {
        assertThatThrownBy(() -> Json.read(mapper, "[{\"id\":\"c\",\"compiled\":\"yes\"}]", LanguageInfo[].class))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("[0].compiled: expected true or false, got a string");
    }

    @Test
    void primitiveFieldsLeftOutTakeTheirDefaults() {
        RunResult result = Json.read(mapper, "{\"compile\":{},\"tests\":[{}]}", RunResult.class);
        assertThat(result.compile()).isEqualTo(new CompileResult(0, null, null, 0, 0, false, null));
        assertThat(result.tests().get(0).timeMs()).isZero();
        assertThat(result.tests().get(0).outputTruncated()).isFalse();
        assertThat(result.queueMs()).isZero();
    }

    @Test
    void primitiveFieldsGivenNullAreRefused() {
        assertThatThrownBy(() -> Json.read(mapper, "{\"compile\":{\"exitCode\":null}}", RunResult.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("compile.exitCode: expected an integer, got null");
        assertThatThrownBy(() -> Json.read(mapper, "{\"tests\":[{\"memoryKb\":null}]}", RunResult.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("tests[0].memoryKb: expected an integer, got null");
        assertThatThrownBy(() -> Json.read(mapper, "{\"slots\":null}", NodeInfo.class))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("slots: expected an integer, got null");
    }

    @Test
    void nullableNumbersAcceptNull() {
        TestResult result = Json.read(mapper, "{\"name\":\"1\",\"exitCode\":null,\"signal\":\"SIGKILL\"}",
                TestResult.class);
        assertThat(result.exitCode()).isNull();
        assertThat(Json.read(mapper, "{\"timeMs\":null}", Limits.class)).isEqualTo(Limits.NONE);
    }

    @Test
    void integersAreAcceptedWhereDecimalsAreExpected() {
        assertThat(Json.read(mapper, "{\"floatAbsTolerance\":0}", CheckerSpec.class).floatAbsTolerance()).isZero();
    }

    @Test
    void eachMapperIsIndependent() {
        ObjectMapper other = Json.newMapper();
        assertThat(other).isNotSameAs(mapper);
        other.configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        assertThat(Json.read(mapper, "{\"id\":\"c\",\"new\":1}", LanguageInfo.class).id()).isEqualTo("c");
    }
}
