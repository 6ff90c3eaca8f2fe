package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ProblemDetailJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void designShapeIsReadAndWrittenBack() {
        String json = DesignExamples.load("problem.json");
        ProblemDetail problem = Json.read(mapper, json, ProblemDetail.class);

        assertThat(problem.type()).isEqualTo("about:blank");
        assertThat(problem.title()).isEqualTo("Bad Request");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("limits.timeMs: expected an integer, got a string");
        JsonTrees.assertSameJson(Json.write(mapper, problem), json);
    }

    @Test
    void theAdmissionRefusalIsAProblemLikeAnyOther() {
        String json = DesignExamples.load("problem-expected-wait.json");
        ProblemDetail problem = Json.read(mapper, json, ProblemDetail.class);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).contains("64 runs wait already", "would wait about 12 s");
        assertThat(problem.reason()).isEqualTo(ProblemDetail.REASON_EXPECTED_WAIT);
        JsonTrees.assertSameJson(Json.write(mapper, problem), json);
    }

    @Test
    void aConsoleSessionRefusedWhileTheServerDrainsCarriesItsReason() {
        String json = DesignExamples.load("problem-shutting-down.json");
        ProblemDetail problem = Json.read(mapper, json, ProblemDetail.class);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.reason()).isEqualTo(ProblemDetail.REASON_SHUTTING_DOWN);
        JsonTrees.assertSameJson(Json.write(mapper, problem), json);
    }

    @Test
    void mediaTypeIsRfc9457s() {
        assertThat(ProblemDetail.MEDIA_TYPE).isEqualTo("application/problem+json");
    }

    @Test
    void ofUsesAboutBlank() {
        assertThat(ProblemDetail.of(401, "Unauthorized", "missing bearer token"))
                .isEqualTo(new ProblemDetail("about:blank", "Unauthorized", 401, "missing bearer token"));
    }

    @Test
    void fieldsAddedByOtherServersAreIgnored() {
        ProblemDetail problem = Json.read(mapper, "{\"type\":\"https://example.org/full\",\"title\":\"Busy\","
                + "\"status\":503,\"instance\":\"/api/v1/runs\",\"retryAfter\":2}", ProblemDetail.class);
        assertThat(problem).isEqualTo(new ProblemDetail("https://example.org/full", "Busy", 503, null));
    }

    @Test
    void aProtocolErrorMessageMakesAProblemDetail() {
        ProtocolException error = org.assertj.core.api.Assertions.catchThrowableOfType(ProtocolException.class,
                () -> Json.read(mapper, "{\"language\":\"c\",\"source\":\"x\",\"limits\":{\"timeMs\":\"abc\"}}",
                        RunRequest.class));
        ProblemDetail problem = ProblemDetail.of(400, "Bad Request", error.getMessage());
        assertThat(Json.write(mapper, problem)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\","
                + "\"status\":400,\"detail\":\"limits.timeMs: expected an integer, got a string\"}");
    }
}
