package org.labjudge.node.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Docker engine a test may stop and start again. By default a private dockerd of the test's
 * own (its own socket, data and exec roots; only the bash image loaded), so stopping it disturbs
 * nobody else's containers. With {@code -Dlabjudge.hostile.sharedEngine=true} it is this machine's
 * engine instead, stopped with {@code pkill -TERM -x dockerd} and started again with
 * installers/scripts/ensure-docker.sh: every other Docker user on the machine sees it stop.
 */
interface TestEngine extends AutoCloseable {

    static TestEngine choose() throws Exception {
        return Boolean.getBoolean("labjudge.hostile.sharedEngine") ? new Shared() : new Private();
    }

    /** The DOCKER_HOST a node must use to reach this engine, or null for the default. */
    String dockerHost();

    /** Starts the engine and returns once it answers. */
    void start() throws Exception;

    /** Stops the engine and returns as soon as its API no longer answers. */
    void stop() throws Exception;

    /** Waits until the stopped engine has gone entirely (it may be started again then). */
    void awaitGone() throws Exception;

    /** `docker` with this engine's host. */
    default List<String> docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        if (dockerHost() != null) {
            command.addAll(List.of("-H", dockerHost()));
        }
        command.addAll(List.of(args));
        return command;
    }

    default boolean answers() {
        try {
            Process info = new ProcessBuilder(docker("info")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return info.waitFor(10, TimeUnit.SECONDS) && info.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    /** A dockerd of the test's own, started and stopped by its process id. */
    final class Private implements TestEngine {
        private final Path root = Path.of("/tmp", "lj-engine-" + UUID.randomUUID().toString().substring(0, 8));
        private Process dockerd;

        Private() throws Exception {
            Files.createDirectories(root);
            start();
            // Only bash: the node leaves the languages whose image is missing out.
            Process load = new ProcessBuilder("sh", "-c", "docker save " + HostileNode.IMAGES + "bash:current | docker -H "
                    + dockerHost() + " load").redirectErrorStream(true).start();
            String out = new String(load.getInputStream().readAllBytes());
            if (!load.waitFor(120, TimeUnit.SECONDS) || load.exitValue() != 0) {
                throw new AssertionError("cannot load the bash image into the test engine: " + out);
            }
        }

        @Override
        public String dockerHost() {
            return "unix://" + root.resolve("docker.sock");
        }

        @Override
        public void start() throws Exception {
            dockerd = new ProcessBuilder("dockerd",
                    "--data-root", root.resolve("data").toString(),
                    "--exec-root", root.resolve("exec").toString(),
                    "--pidfile", root.resolve("dockerd.pid").toString(),
                    "-H", dockerHost(),
                    "--bridge=none", "--iptables=false", "--ip6tables=false", "--ip-masq=false",
                    // Sandboxes ignore SIGTERM (their PID 1 is the agent): do not wait 10 s for each.
                    "--shutdown-timeout=1")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("dockerd.log").toFile()))
                    .start();
            awaitTrue(this::answers, Duration.ofSeconds(30), "the test engine answers");
        }

        @Override
        public void stop() throws Exception {
            dockerd.destroy(); // SIGTERM to the dockerd this test started, by its pid
            awaitTrue(() -> !answers(), Duration.ofSeconds(10), "the test engine stops answering");
        }

        @Override
        public void awaitGone() throws Exception {
            if (!dockerd.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the test engine did not exit");
            }
        }

        @Override
        public void close() throws Exception {
            if (dockerd != null && dockerd.isAlive()) {
                dockerd.destroy();
                if (!dockerd.waitFor(60, TimeUnit.SECONDS)) {
                    dockerd.destroyForcibly();
                    dockerd.waitFor(10, TimeUnit.SECONDS);
                }
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** This machine's engine (opt-in): stopped by name and started by the install script. */
    final class Shared implements TestEngine {
        @Override
        public String dockerHost() {
            return null;
        }

        @Override
        public void start() throws Exception {
            Path script = Path.of("..", "installers", "scripts", "ensure-docker.sh").toAbsolutePath().normalize();
            Process start = new ProcessBuilder(script.toString()).inheritIO().start();
            if (!start.waitFor(120, TimeUnit.SECONDS) || start.exitValue() != 0) {
                throw new AssertionError(script + " failed");
            }
        }

        @Override
        public void stop() throws Exception {
            new ProcessBuilder("pkill", "-TERM", "-x", "dockerd").inheritIO().start().waitFor();
            awaitTrue(() -> !answers(), Duration.ofSeconds(10), "the engine stops answering");
        }

        @Override
        public void awaitGone() throws Exception {
            awaitTrue(() -> {
                try {
                    return new ProcessBuilder("pgrep", "-x", "dockerd").start().waitFor() != 0;
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofSeconds(90), "dockerd has exited");
        }

        /** Always leaves the engine running, whatever the test did. */
        @Override
        public void close() throws Exception {
            if (!answers()) {
                awaitGone();
                start();
            }
        }
    }
}
