package org.labjudge.installers.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.installers.packaging.NodePackage;
import org.labjudge.installers.packaging.PackageType;
import org.labjudge.installers.packaging.PackagingContext;
import org.labjudge.installers.packaging.Proc;

/**
 * The node's container image (build-node-image.sh over the .deb), run the way deployment.yaml runs
 * its node container: non-root, read-only root, no capabilities, the config mounted read-only,
 * the token as --token, and the engine reached over DOCKER_HOST on a mounted socket. It must
 * report UP and stop cleanly on SIGTERM.
 */
@Tag("packaging")
@Tag("docker")
class NodeImageTest {
    private static final Path INSTALLERS = Path.of(System.getProperty("labjudge.installers.dir", "."));
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path tmp;

    @Test
    void imageRunsTheNodeUnprivilegedAgainstAMountedEngine() throws IOException {
        PackagingContext context = PackagingContext.of(INSTALLERS,
                Path.of(System.getProperty("labjudge.packages.dir")), System.getProperty("labjudge.version"));
        Path deb = new NodePackage(context, Path.of(System.getProperty("labjudge.node.jar"))).build(PackageType.DEB);
        String tag = "labjudge/executor-node:test-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "labjudge-node-image-test-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            String built = run("bash", INSTALLERS.resolve("kubernetes/build-node-image.sh").toString(),
                    "--deb", deb.toString(), "--tag", tag, "--base", debianImage()).strip();
            assertThat(built.lines().reduce((a, b) -> b).orElse("")).isEqualTo(tag);
            assertThat(run("docker", "run", "--rm", "--network", "none", tag, "--version").strip())
                    .isEqualTo("executor-node " + System.getProperty("labjudge.version"));

            Path config = Files.createDirectories(tmp.resolve("config"));
            // No runtime images under this prefix: UP needs only the engine, and no sandboxes are made.
            Files.writeString(config.resolve("node.json"), "{\"bind\": \"0.0.0.0\", \"port\": 7070, \"slots\": 1,"
                    + " \"drainSeconds\": 30, \"imagePrefix\": \"labjudge-absent/\"}\n");
            int socketGroup = (Integer) Files.getAttribute(Path.of("/var/run/docker.sock"), "unix:gid");
            run("docker", "run", "-d", "--name", name, "--network", "none",
                    "--read-only", "--tmpfs", "/tmp", "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
                    "--group-add", String.valueOf(socketGroup),
                    "-e", "DOCKER_HOST=unix:///run/docker/docker.sock",
                    "-v", "/var/run/docker.sock:/run/docker/docker.sock",
                    "-v", config + ":/etc/labjudge:ro",
                    tag, "serve", "--config", "/etc/labjudge/node.json", "--token", "token-from-the-secret-0123",
                    "--node-id", name);
            // What the readiness probe asks, from inside the pod's network namespace.
            String health = run("docker", "exec", name, "bash", "-c", String.join("\n",
                    "for i in $(seq 1 120); do",
                    "  if exec 3<>/dev/tcp/127.0.0.1/7070; then",
                    "    printf 'GET /api/v1/health HTTP/1.0\\r\\n\\r\\n' >&3",
                    "    answer=$(cat <&3)",
                    "    case $answer in *'\"UP\"'*) echo \"$answer\"; exit 0 ;; esac",
                    "  fi 2>/dev/null",
                    "  sleep 0.5",
                    "done",
                    "exit 1"));
            assertThat(health).contains("200").contains("{\"status\":\"UP\"}");
            run("docker", "stop", "-t", "45", name);
            String exit = run("docker", "inspect", "-f", "{{.State.ExitCode}}", name).strip();
            assertThat(exit).isIn("0", "143");
            assertThat(run("docker", "logs", name)).contains("listening on 0.0.0.0:7070").doesNotContain("Exception");
        } finally {
            Proc.run(TIMEOUT, "docker", "rm", "-f", name);
            Proc.run(TIMEOUT, "docker", "rmi", "-f", tag);
        }
    }

    private static String debianImage() {
        for (String repository : List.of("labjudge/base-rootfs", "labjudge/base")) {
            String tags = run("docker", "image", "ls", repository, "--format", "{{.Repository}}:{{.Tag}}").strip();
            if (!tags.isEmpty()) {
                return tags.lines().findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no labjudge/base-rootfs image: run installers/images/build-images.sh");
    }

    private static String run(String... command) {
        return Proc.ok(TIMEOUT, command).output();
    }
}
