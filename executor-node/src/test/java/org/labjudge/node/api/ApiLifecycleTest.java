package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.labjudge.node.metrics.NodeMetrics;
import org.labjudge.protocol.ProblemDetail;

/** Start, graceful stop and the failures around them. */
class ApiLifecycleTest {
    private static final String HEALTH = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    @Test
    void stopLetsARunInProgressFinishAndAnswersNewRequests503() throws Exception {
        ApiFixture node = ApiFixture.withDrain(30);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        node.service.runner.set(request -> {
            running.countDown();
            await(release);
            return FakeRunService.accepted(request);
        });
        try (Socket keepAlive = new Socket("127.0.0.1", node.port)) {
            keepAlive.setSoTimeout(5000);
            assertThat(exchange(keepAlive, HEALTH)).startsWith("HTTP/1.1 200");
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
                    () -> node.postJson("/api/v1/runs", "{\"language\":\"python\",\"source\":\"\"}"));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(node.api::stop);
            awaitRefused(node.port);
            String duringDrain = exchange(keepAlive, HEALTH);

            assertThat(duringDrain).startsWith("HTTP/1.1 503").contains(ProblemDetail.MEDIA_TYPE)
                    .containsIgnoringCase("Retry-After:");
            assertThat(stopping).isNotDone();
            release.countDown();
            assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            stopping.get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> node.get("/api/v1/health")).isInstanceOf(UncheckedIOException.class);
        node.api.stop();
    }

    @Test
    void anInstanceStartsOnce() {
        try (ApiFixture node = ApiFixture.open()) {
            assertThatThrownBy(node.api::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aPortInUseFailsTheStartAndStopIsStillSafe() {
        try (ApiFixture node = ApiFixture.open()) {
            NodeApi second = new NodeApi(new ApiConfig("127.0.0.1", node.port, List.of(), "other", "1", 1024, 1),
                    new FakeRunService(), new NodeMetrics());

            assertThatThrownBy(second::start).isInstanceOf(RuntimeException.class);
            second.stop();
            assertThat(node.get("/api/v1/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void stopBeforeStartDoesNothing() {
        NodeApi api = new NodeApi(new ApiConfig("127.0.0.1", 0, List.of(), "n", "1", 1024, 1),
                new FakeRunService(), new NodeMetrics());

        api.stop();
        assertThatThrownBy(api::port).isInstanceOf(IllegalStateException.class);
    }

    /** Sends one request on an open connection and reads one response (head and Content-Length body). */
    private static String exchange(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = CONTENT_LENGTH.matcher(text);
        int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return text + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
    }

    /** Stop refuses new connections once it has begun draining. */
    private static void awaitRefused(int port) {
        for (int i = 0; i < 1000; i++) {
            try {
                new Socket("127.0.0.1", port).close();
                sleep(Duration.ofMillis(10));
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("the node kept accepting connections while stopping");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
