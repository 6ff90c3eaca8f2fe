package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunEvent;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * {@code POST /api/v1/runs/stream}: the run's tests, one line each, then the whole result; refusals before the run
 * are the usual problem answers.
 */
class StreamedRunsEndpointTest {

    private final ApiFixture node = ApiFixture.open();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void eachTestIsALineAndTheLastLineIsTheResult() {
        node.service.runner.set(request -> new RunResult("run-9", "lab-07", "python", Verdict.WRONG_ANSWER, null,
                List.of(new TestResult("1", Verdict.ACCEPTED, 0, null, "2\n", "", 10, 12, 9000, false, null),
                        new TestResult("2", Verdict.WRONG_ANSWER, 0, null, "5\n", "", 11, 13, 9000, false, "wrong")),
                null, 0, 40));

        HttpResponse<String> response = node.postJson("/api/v1/runs/stream",
                "{\"language\":\"python\",\"source\":\"print(2)\",\"tests\":[{\"name\":\"1\",\"input\":\"\"},"
                        + "{\"name\":\"2\",\"input\":\"\"}]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        List<RunEvent> lines = response.body().lines().map(line -> Json.read(Json.newMapper(), line, RunEvent.class))
                .toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).test().name()).isEqualTo("1");
        assertThat(lines.get(1).test().verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(lines.get(2).hasResult()).isTrue();
        assertThat(lines.get(2).result().id()).isEqualTo("run-9");
        assertThat(lines.get(2).result().tests()).containsExactly(lines.get(0).test(), lines.get(1).test());
    }

    @Test
    void aBadRequestAndARefusedRunAreProblemsAsOnTheUnstreamedPath() {
        HttpResponse<String> empty = node.postJson("/api/v1/runs/stream", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        node.service.runner.set(request -> {
            throw new RunRejectedException(RunRejectedException.Reason.EXPECTED_WAIT, 2, "this one would wait about 12 s");
        });
        HttpResponse<String> full = node.postJson("/api/v1/runs/stream", "{\"language\":\"python\",\"source\":\"\"}");
        assertThat(full.statusCode()).isEqualTo(503);
        assertThat(full.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(full.body()).contains("would wait about 12 s");
    }
}
