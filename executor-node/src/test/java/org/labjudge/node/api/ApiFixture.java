package org.labjudge.node.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.labjudge.node.metrics.NodeMetrics;

/** A {@link NodeApi} on an ephemeral loopback port over a {@link FakeRunService}, and a client for it. */
final class ApiFixture implements AutoCloseable {
    static final String TOKEN = "s3cret-token";

    final FakeRunService service = new FakeRunService();
    final NodeMetrics metrics = new NodeMetrics();
    final NodeApi api;
    final int port;
    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private ApiFixture(List<String> tokens, long maxBodyBytes, int drainSeconds) {
        api = new NodeApi(new ApiConfig("127.0.0.1", 0, tokens, "lab-07", "1.2.3", maxBodyBytes, drainSeconds),
                service, metrics);
        port = api.start();
    }

    /** Auth off, 16 KiB body cap. */
    static ApiFixture open() {
        return new ApiFixture(List.of(), 16 * 1024, 1);
    }

    /** Auth off; {@link NodeApi#stop()} waits up to {@code drainSeconds} for requests in progress. */
    static ApiFixture withDrain(int drainSeconds) {
        return new ApiFixture(List.of(), 16 * 1024, drainSeconds);
    }

    /** Auth on with {@link #TOKEN} and one more token. */
    static ApiFixture withTokens() {
        return new ApiFixture(List.of("another-token", TOKEN), 16 * 1024, 1);
    }

    static ApiFixture withBodyCap(long maxBodyBytes) {
        return new ApiFixture(List.of(), maxBodyBytes, 1);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        api.stop();
    }
}
