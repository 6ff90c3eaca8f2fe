package org.labjudge.node.hostile;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An executor node in a JVM of its own, started as an admin starts it, so a test can SIGKILL it. */
final class NodeJvm implements AutoCloseable {
    final int port;
    final Process process;
    final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path config;

    private NodeJvm(int port, Process process, Path log, Path config) {
        this.port = port;
        this.process = process;
        this.log = log;
        this.config = config;
    }

    /**
     * Starts {@code executor-node serve} with one slot and only the runtime images tagged
     * {@code imageTag} (a node leaves the languages without an image out, so it starts faster).
     */
    static NodeJvm start(String nodeId, String imageTag) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = File.createTempFile("lj-node-" + nodeId, ".log").toPath();
        Path config = File.createTempFile("lj-node-" + nodeId, ".json").toPath();
        Files.writeString(config, "{\"imageTag\": \"" + imageTag + "\"}");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.labjudge.node.cli.NodeMain", "serve",
                "--config", config.toString(),
                "--port", Integer.toString(port), "--node-id", nodeId, "--slots", "1"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new NodeJvm(port, process, log, config);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until health answers 200 and bash is offered: the node has cleaned up and probed by then. */
    void awaitUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the node exited: " + Files.readString(log));
            }
            try {
                if (send(HttpRequest.newBuilder(uri("/api/v1/health"))).statusCode() == 200
                        && send(HttpRequest.newBuilder(uri("/api/v1/languages"))).body().contains("\"id\":\"bash\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the node did not come up: " + Files.readString(log) + "\nits threads:\n" + threads());
    }

    /** A thread dump of the node, to tell a slow node from a stuck one. */
    private String threads() {
        try {
            Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    Long.toString(process.pid())).redirectErrorStream(true).start();
            String dump = new String(jstack.getInputStream().readAllBytes());
            jstack.waitFor(30, TimeUnit.SECONDS);
            return dump;
        } catch (IOException | InterruptedException e) {
            return "(no thread dump: " + e + ")";
        }
    }

    /** SIGTERM, as systemd stops it, and waits for it to exit. */
    boolean stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(log);
        Files.deleteIfExists(config);
    }
}
