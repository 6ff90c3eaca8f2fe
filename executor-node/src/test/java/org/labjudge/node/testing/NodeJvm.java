package org.labjudge.node.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An executor node in a JVM of its own, started from the test class path as an admin starts it
 * ({@code executor-node serve}), so a test can signal it, kill it or measure its memory.
 *
 * <pre>{@code
 * try (NodeJvm node = NodeJvm.builder("lab-07").slots(1).setting("imageTag", "mine").start()) {
 *     node.awaitUp(Duration.ofSeconds(120), "bash");
 *     ...
 * }
 * }</pre>
 */
public final class NodeJvm implements AutoCloseable {
    /** Longer than a node's default drainSeconds: a closed node removes its own containers. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(40);

    private final String nodeId;
    private final int port;
    private final Process process;
    private final Path log;
    private final Path config;
    /** Whether the log is the caller's to keep ({@link Builder#log}), not deleted on close. */
    private final boolean keepLog;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private NodeJvm(String nodeId, int port, Process process, Path log, Path config, boolean keepLog) {
        this.nodeId = nodeId;
        this.port = port;
        this.process = process;
        this.log = log;
        this.config = config;
        this.keepLog = keepLog;
    }

    /**
     * The node JVM options a benchmark was given in {@code -Dlabjudge.node.jvm} (bin/benchmark passes the
     * installed ones, installers/scripts/node-jvm-options), so its nodes run as an admin's do; empty if none.
     */
    public static List<String> benchmarkJvmOptions() {
        return Arrays.stream(System.getProperty("labjudge.node.jvm", "").trim().split("\\s+"))
                .filter(option -> !option.isEmpty()).toList();
    }

    /** A node named {@code nodeId} on a free loopback port. */
    public static Builder builder(String nodeId) {
        return new Builder(nodeId);
    }

    public String nodeId() {
        return nodeId;
    }

    public int port() {
        return port;
    }

    /** The file the node's stdout and stderr (its log) go to. */
    public Path log() {
        return log;
    }

    /** The node's JVM, to signal or kill it. */
    public Process process() {
        return process;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Waits until health answers 200 and every one of {@code languages} is offered (the node has
     * cleaned up and probed those by then); fails with the node's log and, if it is still running,
     * its threads, to tell a slow node from a stuck one.
     */
    public void awaitUp(Duration timeout, String... languages) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the node exited: " + Files.readString(log));
            }
            try {
                if (send(HttpRequest.newBuilder(uri("/api/v1/health"))).statusCode() == 200 && offers(languages)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the node did not come up: " + Files.readString(log) + "\nits threads:\n" + threads());
    }

    private boolean offers(String... languages) throws IOException, InterruptedException {
        if (languages.length == 0) {
            return true;
        }
        String offered = send(HttpRequest.newBuilder(uri("/api/v1/languages"))).body();
        for (String language : languages) {
            if (!offered.contains("\"id\":\"" + language + "\"")) {
                return false;
            }
        }
        return true;
    }

    /** A thread dump of the node. */
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

    /** The node's resident memory in MB (Linux), NaN if it cannot be read. */
    public double residentMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** SIGTERM, as systemd stops it, and waits for it to exit; whether it did in time. */
    public boolean stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the node (SIGTERM, then SIGKILL if it does not end in time) and deletes its files. */
    @Override
    public void close() throws IOException {
        try {
            if (process.isAlive() && !stop(STOP_TIMEOUT)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (!keepLog) {
            Files.deleteIfExists(log);
        }
        if (config != null) {
            Files.deleteIfExists(config);
        }
    }

    /** How to start the node: its config file settings, slots and JVM options. */
    public static final class Builder {
        private final String nodeId;
        private final Map<String, Object> settings = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private Integer slots;
        private Path log;

        private Builder(String nodeId) {
            this.nodeId = nodeId;
        }

        /** A setting of the node's JSON config file, e.g. {@code setting("imageTag", "x")}. */
        public Builder setting(String name, Object value) {
            settings.put(name, value);
            return this;
        }

        /** {@code --slots}; without it the node takes its default (the number of cores). */
        public Builder slots(int value) {
            slots = value;
            return this;
        }

        /** Where the node's log goes, kept after it stops; without it, a temporary file deleted on close. */
        public Builder log(Path file) {
            log = file;
            return this;
        }

        /** Options for the node's JVM, such as {@code -Xmx512m}. */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        /** The config setting {@code name} from the system property {@code property}, when that is set and it is not. */
        private void fromProperty(String property, String name) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                settings.putIfAbsent(name, value);
            }
        }

        /** Starts the node; call {@link NodeJvm#awaitUp} before using it. */
        public NodeJvm start() throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path logFile = log != null ? log : Files.createTempFile("lj-node-" + nodeId, ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.labjudge.node.cli.NodeMain",
                    "serve", "--port", Integer.toString(port), "--node-id", nodeId));
            if (slots != null) {
                command.addAll(List.of("--slots", slots.toString()));
            }
            // As RunningNodeFixture: bin/test-gvisor's runtime and another repository's images reach this node too.
            fromProperty("labjudge.runtime", "runtime");
            fromProperty("labjudge.imagePrefix", "imagePrefix");
            Path config = null;
            if (!settings.isEmpty()) {
                config = Files.createTempFile("lj-node-" + nodeId, ".json");
                Files.writeString(config, new ObjectMapper().writeValueAsString(settings));
                command.addAll(List.of("--config", config.toString()));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            return new NodeJvm(nodeId, port, process, logFile, config, log != null);
        }
    }
}
