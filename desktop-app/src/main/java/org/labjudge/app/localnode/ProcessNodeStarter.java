package org.labjudge.app.localnode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.labjudge.app.pool.LocalNodeStarter;

/**
 * The embedded default: when there is no node list and this machine has a Docker engine, starts the
 * executor node's jar as a child process on loopback ({@code serve --bind 127.0.0.1 --port 0}) and reads the
 * port it prints. A child process rather than in-process code keeps the desktop app free of the node's
 * dependencies (Javalin, docker-java). The jar is found at {@code $LABJUDGE_NODE_JAR}, or in a source
 * checkout ({@code executor-node/target/executor-node-*-all.jar} under {@code -Dlabjudge.home}, as set by
 * {@code bin/labjudge}). Returns empty when either is missing.
 */
public final class ProcessNodeStarter implements LocalNodeStarter {

    static final Pattern LISTENING = Pattern.compile("listening on (\\S+):(\\d+)\\s*$");
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Map<String, String> environment;
    private final String home;

    /** The real environment: {@code $LABJUDGE_NODE_JAR}, {@code DOCKER_HOST} and {@code -Dlabjudge.home}. */
    public ProcessNodeStarter() {
        this(System.getenv(), System.getProperty("labjudge.home"));
    }

    ProcessNodeStarter(Map<String, String> environment, String home) {
        this.environment = environment;
        this.home = home;
    }

    @Override
    public Optional<LocalNode> start() throws IOException, InterruptedException {
        if (!dockerEngineLikely()) {
            return Optional.empty();
        }
        Optional<Path> jar = nodeJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-jar", jar.get().toString(), "serve",
                "--bind", "127.0.0.1", "--port", "0", "--node-id", "local"))
                .redirectErrorStream(true)
                .start();
        Deque<String> recent = new ArrayDeque<>();
        CompletableFuture<URI> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, recent, url), "labjudge-local-node-output");
        reader.setDaemon(true);
        reader.start();
        Thread killer = new Thread(process::destroyForcibly, "labjudge-local-node-stop");
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            URI address = url.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return Optional.of(new ProcessNode(process, address, killer));
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            removeHook(killer);
            String output;
            synchronized (recent) {
                output = String.join(" | ", recent);
            }
            throw new IOException("the local executor node did not start" + (output.isBlank() ? "" : ": " + output), e);
        }
    }

    private static void readOutput(Process process, Deque<String> recent, CompletableFuture<URI> url) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (recent) {
                    recent.addLast(line);
                    if (recent.size() > 5) {
                        recent.removeFirst();
                    }
                }
                Matcher m = LISTENING.matcher(line);
                if (!url.isDone() && m.find()) {
                    try {
                        url.complete(new URI("http://" + m.group(1) + ":" + m.group(2)));
                    } catch (URISyntaxException e) {
                        url.completeExceptionally(e);
                    }
                }
            }
        } catch (IOException e) {
            // The process ended; fall through.
        }
        url.completeExceptionally(new IOException("exited with status " + waitFor(process)));
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A Unix socket at the default place, or {@code DOCKER_HOST} set: what the node's Docker client uses. */
    boolean dockerEngineLikely() {
        String host = environment.get("DOCKER_HOST");
        return (host != null && !host.isBlank()) || Files.exists(Path.of("/var/run/docker.sock"));
    }

    Optional<Path> nodeJar() throws IOException {
        String explicit = environment.get("LABJUDGE_NODE_JAR");
        if (explicit != null && !explicit.isBlank()) {
            Path jar = Path.of(explicit);
            return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
        }
        if (home == null || home.isBlank()) {
            return Optional.empty();
        }
        Path target = Path.of(home, "executor-node", "target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("executor-node-.*-all\\.jar")).findFirst();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down.
        }
    }

    /** The running child; closing asks it to stop (SIGTERM), then kills it if it lingers. */
    private record ProcessNode(Process process, URI url, Thread killer) implements LocalNode {
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            removeHook(killer);
        }
    }
}
