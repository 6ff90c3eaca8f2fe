package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labjudge.node.judge.InvalidRunException;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

class RunsEndpointTest {
    private static final String REQUEST = """
            {"language": "python", "source": "print(input())\\n",
             "limits": {"timeMs": 1000},
             "tests": [{"name": "1", "input": "3\\n", "expected": "3\\n"}],
             "checker": {"type": "lines"}, "stopOnFirstFailure": true}
            """;

    private final ApiFixture node = ApiFixture.open();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aRunIsParsedHandedToTheWorkerAndItsResultReturned() {
        HttpResponse<String> response = node.postJson("/api/v1/runs", REQUEST);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        RunResult result = Json.read(Json.newMapper(), response.body(), RunResult.class);
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.limits()).isEqualTo(new Limits(1000, 6000, 256, 64, 64));
        assertThat(node.service.requests).hasSize(1);
        RunRequest received = node.service.requests.get(0);
        assertThat(received.language()).isEqualTo("python");
        assertThat(received.tests()).singleElement().satisfies(test -> assertThat(test.expected()).isEqualTo("3\n"));
        assertThat(received.stopOnFirstFailure()).isTrue();
    }

    @Test
    void unknownFieldsAreTolerated() {
        HttpResponse<String> response = node.postJson("/api/v1/runs",
                "{\"language\":\"python\",\"source\":\"\",\"priority\":7,\"client\":{\"name\":\"editor\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void jsonWithUtf8CharsetIsAccepted() {
        HttpResponse<String> response = node.send(node.request("/api/v1/runs")
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"python\",\"source\":\"print('é')\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(node.service.requests.get(0).source()).isEqualTo("print('é')");
    }

    @Test
    void aRequestTheWorkerRefusesIs400WithItsReason() {
        node.service.runner.set(request -> {
            throw new InvalidRunException("unknown language \"cobol\"; this node runs python, c");
        });

        HttpResponse<String> response = node.postJson("/api/v1/runs", "{\"language\":\"cobol\",\"source\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"unknown language \\\"cobol\\\"; this node runs python, c\"}");
    }

    @Test
    void invalidLimitsAre400BeforeTheWorkerSeesThem() {
        HttpResponse<String> response = node.postJson("/api/v1/runs",
                "{\"language\":\"python\",\"source\":\"\",\"limits\":{\"timeMs\":-5,\"memoryMb\":0}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("limits.timeMs must be positive, got -5")
                .contains("limits.memoryMb must be positive, got 0");
        assertThat(node.service.requests).isEmpty();
    }
}
