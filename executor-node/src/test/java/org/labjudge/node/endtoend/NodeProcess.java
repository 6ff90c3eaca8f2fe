package org.labjudge.node.endtoend;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An executor node in its own JVM, started as an admin would, so tests can signal or kill it. */
final class NodeProcess implements AutoCloseable {
    final int port;
    final String nodeId;
    final Process process;
    final Path log;

    NodeProcess(String nodeId, String... extraArgs) throws IOException {
        this.nodeId = nodeId;
        this.port = freePort();
        this.log = File.createTempFile("node-" + nodeId, ".log").toPath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.labjudge.node.cli.NodeMain", "serve",
                "--port", Integer.toString(port), "--node-id", nodeId));
        command.addAll(List.of(extraArgs));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until the node answers health with 200. */
    void awaitUp(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the node exited: " + java.nio.file.Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri("/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the node did not come up: " + java.nio.file.Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
