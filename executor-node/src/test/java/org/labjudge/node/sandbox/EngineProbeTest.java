package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine check against the real engine, a socket nobody listens on, and one that never answers. */
@Tag("docker")
class EngineProbeTest {
    private static final Duration DEADLINE = Duration.ofMillis(500);

    @TempDir
    Path dir;

    @Test
    void theRunningEngineAnswersOnEveryCheck() {
        try (EngineProbe probe = EngineProbe.standard()) {
            for (int i = 0; i < 5; i++) {
                assertThat(probe.answers()).isTrue();
            }
        }
    }

    @Test
    void aSocketNobodyListensOnIsRefusedWithoutWaitingForTheDeadline() {
        // A deadline far longer than any refusal takes: a probe that waited it out instead of
        // taking the refusal would need 40 s for two checks; load on the machine cannot explain that.
        Duration longDeadline = Duration.ofSeconds(20);
        try (EngineProbe probe = probeOf("unix://" + dir.resolve("absent.sock"), longDeadline)) {
            assertThat(probe.answers()).isFalse(); // the first check also loads the HTTP client's classes
            long start = System.nanoTime();
            assertThat(probe.answers()).isFalse();
            assertThat(probe.answers()).isFalse();
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms for two more refused checks")
                    .isLessThan(longDeadline.toMillis() / 2);
        }
    }

    @Test
    void anEngineThatAcceptsButNeverAnswersIsDownAfterTheDeadline() throws Exception {
        Path socket = dir.resolve("silent.sock");
        List<SocketChannel> held = new CopyOnWriteArrayList<>();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(server.accept()); // accepted and never answered
                    }
                } catch (Exception e) {
                    // the server closed: the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try (EngineProbe probe = probeOf("unix://" + socket)) {
                long start = System.nanoTime();
                assertThat(probe.answers()).isFalse();
                long ms = (System.nanoTime() - start) / 1_000_000;
                // It waited for the deadline, and no longer than the client's own 30 s response timeout.
                assertThat(ms).isBetween(DEADLINE.toMillis() - 50, DEADLINE.toMillis() + 10_000);
            }
        } finally {
            for (SocketChannel channel : held) {
                channel.close();
            }
            Files.deleteIfExists(socket);
        }
    }

    /** A probe with one deadline throughout, of the engine at {@code host}. */
    private static EngineProbe probeOf(String host) {
        return probeOf(host, DEADLINE);
    }

    private static EngineProbe probeOf(String host, Duration deadline) {
        return new EngineProbe(() -> clientOf(host), deadline, deadline);
    }

    private static DockerClient clientOf(String host) {
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(host).build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .connectionTimeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        return DockerClientImpl.getInstance(config, http);
    }
}
