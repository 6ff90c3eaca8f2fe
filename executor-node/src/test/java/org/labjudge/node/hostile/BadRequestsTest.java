package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProblemDetail;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

/** Bad requests over real HTTP get the documented 4xx problem+json: never a 500, never a crash. */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class BadRequestsTest {
    private static final String JSON = "application/json";
    private static final String VALID_TOKEN = "<the node's token>";

    /** name, body, content type (null: none), token (null: none), expected status. */
    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("malformed JSON", "{\"language\":", 400),
                bad("wrong type: source is a number", "{\"language\":\"python\",\"source\":5}", 400),
                bad("wrong type: tests is an object", "{\"language\":\"python\",\"source\":\"x\",\"tests\":{\"a\":1}}", 400),
                bad("wrong type: a limit is a string", run("\"limits\":{\"timeMs\":\"2000\"}"), 400),
                bad("unknown language", "{\"language\":\"cobol\",\"source\":\"x\"}", 400),
                bad("negative limit", run("\"limits\":{\"timeMs\":-5}"), 400),
                bad("zero limit", run("\"limits\":{\"memoryMb\":0}"), 400),
                bad("absurd limit beyond any integer", run("\"limits\":{\"wallTimeMs\":99999999999999}"), 400),
                bad("absurd limit as a huge float", run("\"limits\":{\"memoryMb\":1e400}"), 400),
                bad("a 10 MB source", "{\"language\":\"python\",\"source\":\"" + "#".repeat(10 << 20) + "\"}", 400),
                bad("10 000 tests", run("\"tests\":[" + IntStream.range(0, 10_000)
                        .mapToObj(i -> "{\"name\":\"" + i + "\",\"input\":\"\",\"expected\":\"1\"}")
                        .collect(Collectors.joining(",")) + "]"), 400),
                bad("a body over the node's size cap", "{\"language\":\"python\",\"source\":\""
                        + "#".repeat(20 << 20) + "\"}", 413),
                bad("an empty body", "", 400),
                bad("JSON null", "null", 400),
                bad("a JSON array", "[]", 400),
                bad("nesting 100 000 deep", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), 400),
                bad("a 100 000 digit number", run("\"limits\":{\"timeMs\":" + "9".repeat(100_000) + "}"), 400),
                bad("invalid UTF-8", "{\"language\":\"python\",\"source\":\"\u00ff\u00fe\"}", 400),
                bad("a duplicate key", "{\"language\":\"python\",\"language\":\"c\",\"source\":\"x\"}", 400),
                bad("unknown checker", run("\"checker\":{\"type\":\"regex\"}"), 400),
                bad("a file name with a path", run("\"files\":[{\"name\":\"../../etc/passwd\",\"content\":\"x\"}]"), 400),
                bad("a million args", run("\"args\":[" + String.join(",", Collections.nCopies(1_000_000, "\"a\"")) + "]"), 400),
                bad("a NUL in an arg", run("\"args\":[\"a\\u0000b\"]"), 400),
                Arguments.of("wrong content type", run(""), "text/plain", VALID_TOKEN, 415),
                Arguments.of("no content type", run(""), null, VALID_TOKEN, 415),
                Arguments.of("no token", run(""), JSON, null, 401),
                Arguments.of("an invalid token", run(""), JSON, "not-the-token", 401));
    }

    private static Arguments bad(String name, String body, int status) {
        return Arguments.of(name, body, JSON, VALID_TOKEN, status);
    }

    /** A valid run request with these extra fields. */
    private static String run(String extra) {
        return "{\"language\":\"bash\",\"source\":\"echo hi\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    @ParameterizedTest(name = "{0} -> {4}")
    @MethodSource("badRequests")
    void aBadRequestGetsTheDocumentedProblem(String name, String body, String contentType, String token, int status,
            HostileNode node) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.fixture.uri("/api/v1/runs"))
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : publisher(name, body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + (token.equals(VALID_TOKEN) ? node.token : token));
        }

        HttpResponse<String> response = node.bare(request);

        assertThat(response.statusCode()).as(response::body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(ProblemDetail.MEDIA_TYPE));
        JsonNode problem = Json.read(node.fixture.json, response.body(), JsonNode.class);
        assertThat(problem.path("type").asText()).isNotEmpty();
        assertThat(problem.path("title").asText()).isNotEmpty();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(node.fixture.get("/api/v1/health").statusCode()).isEqualTo(200);
    }

    @Test
    void limitsAboveTheMaximumAreClampedAndEchoedAsDocumented(HostileNode node) {
        String max = String.valueOf(Integer.MAX_VALUE);
        RunResult result = node.run(Json.read(node.fixture.json, run("\"limits\":{\"timeMs\":" + max
                + ",\"wallTimeMs\":" + max + ",\"memoryMb\":" + max + ",\"outputKb\":" + max
                + ",\"processes\":" + max + "}"), org.labjudge.protocol.RunRequest.class));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.limits()).isEqualTo(node.fixture.config.max());
    }

    @Test
    void aJavaSourceWithAHalfMegabyteStringLiteralIsJudged(HostileNode node) {
        // Finding the public class used to overflow the request thread's stack here: an HTTP 500.
        String source = "public class Big { static final String S = \"" + "a".repeat(500_000) + "\";\n"
                + "    public static void main(String[] args) { System.out.println(S.length()); } }\n";
        RunResult result = node.run(org.labjudge.protocol.RunRequest.of("java", source));

        // javac itself refuses a constant string over 65535 bytes: an honest compilation error.
        assertThat(result.verdict()).as(() -> String.valueOf(result.compile())).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile().stderr()).contains("Big.java").contains("too long");
    }

    @AfterAll
    static void theNodeSurvivedThemAll(HostileNode node) {
        node.assertSurvived();
    }

    /** The body's bytes: "invalid UTF-8" is sent as the raw bytes its chars stand for. */
    private static HttpRequest.BodyPublisher publisher(String name, String body) {
        if (name.equals("invalid UTF-8")) {
            byte[] bytes = new byte[body.length()];
            for (int i = 0; i < body.length(); i++) {
                bytes[i] = (byte) body.charAt(i);
            }
            return HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        return HttpRequest.BodyPublishers.ofString(body);
    }
}
