package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labjudge.node.judge.NodeLoad;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.node.admission.RunRejectedException.Reason;
import org.labjudge.protocol.Health;

class RejectionTest {
    private static final String RUN = "{\"language\":\"python\",\"source\":\"print(1)\"}";

    private final ApiFixture node = ApiFixture.open();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aRunThatWouldWaitTooLongIs503WithRetryAfterAndTheReason() {
        reject(Reason.EXPECTED_WAIT, 2, "64 runs wait already; this one would wait about 12 s");

        HttpResponse<String> response = node.postJson("/api/v1/runs", RUN);

        assertThat(ErrorResponsesTest.problem(response, 503).detail())
                .isEqualTo("64 runs wait already; this one would wait about 12 s");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
    }

    @Test
    void aFullFixedQueueOfAServiceThatHasOneIsStill429() {
        // No node of this version sends it (admission refuses with 503), but the wire keeps the status.
        reject(Reason.QUEUE_FULL, 2, "all 4 slots are busy and 16 requests wait");

        HttpResponse<String> response = node.postJson("/api/v1/runs", RUN);

        ErrorResponsesTest.problem(response, 429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
    }

    @Test
    void anUnreachableEngineIs503WithRetryAfter() {
        reject(Reason.ENGINE_UNAVAILABLE, 10, "Docker does not answer");

        HttpResponse<String> response = node.postJson("/api/v1/runs", RUN);

        ErrorResponsesTest.problem(response, 503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
    }

    @Test
    void aStoppingNodeIs503AndRetryAfterIsNeverZero() {
        reject(Reason.SHUTTING_DOWN, 0, "the node is stopping");

        HttpResponse<String> response = node.postJson("/api/v1/runs", RUN);

        ErrorResponsesTest.problem(response, 503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void rejectionsAreCountedByReason() {
        reject(Reason.EXPECTED_WAIT, 1, "would wait too long");
        node.postJson("/api/v1/runs", RUN);
        node.postJson("/api/v1/runs", RUN);

        String metrics = node.metrics.render(new NodeLoad(1, 1, 0, 0), Health.up());

        assertThat(metrics).contains("labjudge_rejected_total{frontend=\"v1\",reason=\"expected_wait\"} 2\n")
                .contains("labjudge_rejected_total{frontend=\"v1\",reason=\"shutting_down\"} 0\n");
    }

    private void reject(Reason reason, int retryAfterSeconds, String message) {
        node.service.runner.set(request -> {
            throw new RunRejectedException(reason, retryAfterSeconds, message);
        });
    }
}
