package org.labjudge.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.installers.packaging.Proc;

/**
 * The README's first command, {@code bin/start}, as a user without a display runs it: it starts a node on
 * loopback, the headless demo judges every bundled problem's reference solutions there, and it exits 0 with
 * the node stopped and its containers gone.
 */
@Tag("docker")
class MainCommandTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void startWithoutADisplayJudgesTheBundledProblemsAndCleansUp(@TempDir Path temp) throws IOException {
        int port = freePort();
        Path nodeLog = temp.resolve("node.log");
        List<String> command = List.of("env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY",
                ROOT.resolve("bin").resolve("start").toString());

        Proc.Result result = Proc.run(Duration.ofMinutes(8),
                Map.of("LABJUDGE_PORT", String.valueOf(port), "LABJUDGE_NODE_LOG", nodeLog.toString()), command);

        assertThat(result.exitCode()).as(result.output()).isZero();
        // The user sees the node's start line, the demo and the stop line; the node's log goes to the file named.
        assertThat(result.output())
                .contains("executor-node local listening on 127.0.0.1:" + port)
                .contains("start: node log in " + nodeLog)
                .contains("start: node 'local' stopped; its log: " + nodeLog)
                .doesNotContain("io.javalin").doesNotContain("org.eclipse.jetty").doesNotContain(" INFO ");
        assertThat(Files.readString(nodeLog)).as("the node's log").contains("io.javalin.Javalin");
        // The demo judges examples/solutions/<id>, or a package's own submissions/accepted where there is none.
        long solutions = 0;
        try (Stream<Path> problems = Files.list(ROOT.resolve("examples").resolve("problems"))) {
            for (Path problem : problems.filter(Files::isDirectory).toList()) {
                Path own = ROOT.resolve("examples").resolve("solutions").resolve(problem.getFileName().toString());
                Path dir = Files.isDirectory(own) ? own : problem.resolve("submissions").resolve("accepted");
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        solutions += files.filter(Files::isRegularFile).count();
                    }
                }
            }
        }
        assertThat(result.output()).contains("running the headless demo")
                .contains("all " + solutions + " solutions ACCEPTED");
        try (Stream<Path> problems = Files.list(ROOT.resolve("examples").resolve("problems"))) {
            problems.map(p -> p.getFileName().toString())
                    .forEach(name -> assertThat(result.output()).as("verdicts for %s", name).contains(name));
        }
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
        }).as("the node is stopped when the demo ends").isInstanceOf(IOException.class);
        Proc.Result left = Proc.run(Duration.ofSeconds(30), "docker", "ps", "-aq", "--filter",
                "label=org.labjudge.node=local");
        assertThat(left.output().strip()).as("containers of the demo's node").isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
