package org.labjudge.node.endtoend;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.labjudge.node.ExecutorNode;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.config.NodeConfigBuilder;
import org.labjudge.node.sandbox.ContainerJanitor;
import org.labjudge.node.sandbox.DockerClients;
import org.labjudge.node.sandbox.SandboxLabels;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/** A real node (Docker sandboxes, HTTP on an ephemeral loopback port) and a client for it. */
public final class RunningNodeFixture implements AutoCloseable {
    public final ObjectMapper json = Json.newMapper();
    public final NodeConfig config;
    public final ExecutorNode node;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final Path ownBlobDir;

    public RunningNodeFixture() {
        this(b -> b);
    }

    public RunningNodeFixture(UnaryOperator<NodeConfigBuilder> customize) {
        try {
            // A store of its own, removed on close, unless the test names one (a restart test keeps it).
            ownBlobDir = Files.createTempDirectory("labjudge-test-blobs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NodeConfigBuilder builder = NodeConfig.builder()
                .set("blobStore.dir", ownBlobDir.toString())
                .set("bind", "127.0.0.1")
                .set("port", 0)
                .set("nodeId", "test-" + UUID.randomUUID().toString().substring(0, 8))
                .set("drainSeconds", 20)
                // bin/test-gvisor: -Dlabjudge.runtime=runsc runs every fixture's sandboxes under gVisor.
                .set("runtime", System.getProperty("labjudge.runtime", ""));
        // -Dlabjudge.imagePrefix=labjudge-live/ runs the fixtures on images built under another repository.
        String images = System.getProperty("labjudge.imagePrefix");
        if (images != null && !images.isBlank()) {
            builder.set("imagePrefix", images);
        }
        config = customize.apply(builder).build();
        token = config.tokens().isEmpty() ? null : config.tokens().get(0);
        node = ExecutorNode.start(config, "test");
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + node.port() + path);
    }

    /** Posts a run and expects 200. */
    public RunResult run(RunRequest request) {
        HttpResponse<String> response = post("/api/v1/runs", Json.write(json, request));
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return Json.read(json, response.body(), RunResult.class);
    }

    /** Opens a console session's socket with this node's token (none when it has none). */
    public ConsoleClient console() {
        return ConsoleClient.open(URI.create("ws://127.0.0.1:" + node.port() + "/api/v1/console"), token);
    }

    public HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return sendWithoutToken(request);
    }

    /** Sends {@code request} as it is, without the node's token. */
    public HttpResponse<String> sendWithoutToken(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sandbox containers of this node that exist right now. */
    public List<String> containers() {
        return new ContainerJanitor(DockerClients.forSandboxes(), new SandboxLabels(config.nodeId())).leftovers();
    }

    @Override
    public void close() {
        node.shutdown();
        try (var files = Files.walk(ownBlobDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
