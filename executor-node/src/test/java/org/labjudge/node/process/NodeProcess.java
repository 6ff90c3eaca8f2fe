package org.labjudge.node.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real executor node run from its shaded jar as a child process on a loopback port, so a test can kill it
 * the way a machine dies (SIGKILL) and start it again on the same port. In executor-node's test jar, so the
 * desktop app's and the gateway's tests start their nodes one way.
 */
public final class NodeProcess implements AutoCloseable {

    private final Path jar;
    private final String nodeId;
    private final int port;
    private final int slots;
    /** Config file settings (JSON members, as in the node's config file), beyond the command line's. */
    private final String settings;
    private final Deque<String> output = new ArrayDeque<>();
    private Process process;

    /** The node's blob store, kept across {@link #restart()}s as a lab machine's is. */
    private final Path blobDir;

    private NodeProcess(Path jar, String nodeId, int port, int slots, String settings) throws IOException {
        this.blobDir = java.nio.file.Files.createTempDirectory("labjudge-node-blobs-" + nodeId);
        this.jar = jar;
        this.nodeId = nodeId;
        this.port = port;
        this.slots = slots;
        this.settings = settings;
    }

    /** Starts a node; call {@link #awaitListening} before using it. */
    public static NodeProcess start(Path jar, String nodeId, int slots) throws IOException {
        return start(jar, nodeId, slots, "");
    }

    /**
     * {@link #start(Path, String, int)} with config file {@code settings}: JSON members as the node's config file
     * names them, e.g. {@code "maxQueue": 0, "maxWaitSeconds": 0}.
     */
    public static NodeProcess start(Path jar, String nodeId, int slots, String settings) throws IOException {
        NodeProcess node = new NodeProcess(jar, nodeId, freePort(), slots, settings);
        node.launch();
        return node;
    }

    private CompletableFuture<Void> listening;

    private void launch() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-jar", jar.toString(), "serve",
                "--bind", "127.0.0.1", "--port", String.valueOf(port), "--node-id", nodeId, "--slots",
                String.valueOf(slots), "--blob-dir", blobDir.toString()));
        // -Dlabjudge.imagePrefix=labjudge-live/ runs the node on images built under another repository.
        String images = System.getProperty("labjudge.imagePrefix");
        List<String> members = new java.util.ArrayList<>();
        if (images != null && !images.isBlank()) {
            members.add("\"imagePrefix\": \"" + images + "\"");
        }
        if (!settings.isBlank()) {
            members.add(settings);
        }
        if (!members.isEmpty()) {
            Path config = Files.createTempFile("labjudge-node-", ".json");
            config.toFile().deleteOnExit();
            Files.writeString(config, "{" + String.join(", ", members) + "}");
            command.addAll(List.of("--config", config.toString()));
        }
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        listening = ready;
        Process mine = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(mine.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.addLast(line);
                        if (output.size() > 40) {
                            output.removeFirst();
                        }
                    }
                    if (line.contains(" listening on 127.0.0.1:" + port)) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                // ended
            }
            ready.completeExceptionally(new IOException(nodeId + " exited before listening:\n" + recentOutput()));
        }, "node-output-" + nodeId);
        reader.setDaemon(true);
        reader.start();
    }

    public void awaitListening(long seconds) throws Exception {
        listening.get(seconds, TimeUnit.SECONDS);
    }

    public String nodeId() {
        return nodeId;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** SIGKILL: the node gets no chance to answer or drain, like a machine losing power. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the node again on the same port. */
    public void restart() throws IOException {
        launch();
    }

    /** Runs executing on the node now, from its {@code /api/v1/info}; 0 when it does not answer. */
    public int busy() {
        try {
            HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    url().resolve("/api/v1/info")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher busy = Pattern.compile("\"busy\"\\s*:\\s*(\\d+)").matcher(info.body());
            return busy.find() ? Integer.parseInt(busy.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * The sum of the node's {@code /metrics} samples of counter {@code family} whose labels ({@code verdict="OK"},
     * ...) pass {@code labels}: what the node itself counted, for tests and benchmarks that count its work.
     */
    public long counter(String family, Predicate<String> labels) throws IOException, InterruptedException {
        return counter(url(), null, family, labels);
    }

    /**
     * {@link #counter(String, Predicate)} of the server at {@code base} (a node, or a gateway: its {@code /metrics}
     * has the node's families), sending {@code token} as the bearer token unless it is {@code null}.
     */
    public static long counter(URI base, String token, String family, Predicate<String> labels)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/metrics")).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher sample = Pattern.compile("^" + Pattern.quote(family) + "\\{([^}]*)} (\\d+)$", Pattern.MULTILINE)
                .matcher(metrics.body());
        long sum = 0;
        while (sample.find()) {
            sum += labels.test(sample.group(1)) ? Long.parseLong(sample.group(2)) : 0;
        }
        return sum;
    }

    public String recentOutput() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** SIGTERM, so the node drains and removes its containers; see {@link #awaitStopped}. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for a {@link #stop()}ped node to end; kills it if it takes too long. */
    public void awaitStopped() throws InterruptedException {
        if (process != null && !process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            awaitStopped();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Starts {@code count} nodes named {@code prefix}1, {@code prefix}2, ... and waits until all listen. */
    public static List<NodeProcess> startAll(String prefix, int count, int slots) throws Exception {
        return startAll(prefix, count, slots, "");
    }

    /**
     * {@link #startAll(String, int, int)} with each node's config file {@code settings} ({@link #start(Path, String,
     * int, String)}); if one fails to come up, those started are stopped before the failure is thrown.
     */
    public static List<NodeProcess> startAll(String prefix, int count, int slots, String settings) throws Exception {
        Path jar = findJar().orElseThrow(() -> new AssertionError(
                "the executor node's jar is not built: run mvn -pl executor-node -am package -DskipTests"
                        + " (or set LABJUDGE_NODE_JAR)"));
        List<NodeProcess> nodes = new java.util.ArrayList<>();
        try {
            for (int i = 1; i <= count; i++) {
                nodes.add(start(jar, prefix + i, slots, settings));
            }
            for (NodeProcess node : nodes) {
                node.awaitListening(180);
            }
            return nodes;
        } catch (Exception | Error e) {
            stopAll(nodes);
            throw e;
        }
    }

    /** Stops {@code nodes} all at once (each drains and removes its containers), then waits for each to end. */
    public static void stopAll(List<NodeProcess> nodes) throws InterruptedException {
        nodes.forEach(NodeProcess::stop);
        for (NodeProcess node : nodes) {
            node.awaitStopped();
        }
    }

    /** Writes {@link #nodeList} of {@code nodes} to {@code file}. */
    public static Path writeNodeList(Path file, List<NodeProcess> nodes) throws IOException {
        return Files.writeString(file, nodeList(nodes));
    }

    /** A {@code nodes.json} (docs/node-list.md) listing {@code nodes} by id and URL, without tokens. */
    public static String nodeList(List<NodeProcess> nodes) {
        StringBuilder json = new StringBuilder("{\"nodes\":[");
        for (int i = 0; i < nodes.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(nodes.get(i).nodeId())
                    .append("\",\"url\":\"").append(nodes.get(i).url()).append("\"}");
        }
        return json.append("]}").toString();
    }

    /** The executor node's shaded jar: $LABJUDGE_NODE_JAR, else ../executor-node/target (a reactor build). */
    public static Optional<Path> findJar() throws IOException {
        String explicit = System.getenv("LABJUDGE_NODE_JAR");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit)).filter(Files::isRegularFile);
        }
        Path target = Path.of("..", "executor-node", "target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("executor-node-.*-all\\.jar")).findFirst();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
