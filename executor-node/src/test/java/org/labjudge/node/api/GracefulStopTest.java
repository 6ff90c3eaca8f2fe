package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    @Test
    void stopLetsARunInProgressFinishThenRefusesConnections() throws Exception {
        ApiFixture node = ApiFixture.open();
        CountDownLatch running = new CountDownLatch(1);
        node.service.runner.set(request -> {
            running.countDown();
            sleep(Duration.ofMillis(500));
            return FakeRunService.accepted(request);
        });
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
                () -> node.postJson("/api/v1/runs", "{\"language\":\"python\",\"source\":\"\"}"));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        node.api.stop();

        assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> node.get("/api/v1/health")).isInstanceOf(UncheckedIOException.class);
        node.api.stop();
    }

    @Test
    void anInstanceStartsOnce() {
        try (ApiFixture node = ApiFixture.open()) {
            assertThatThrownBy(node.api::start).isInstanceOf(IllegalStateException.class);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
