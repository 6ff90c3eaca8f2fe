package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * install-node.sh end to end, in a throwaway Debian container (no network) standing in for a fresh
 * lab machine: it finds this host's Docker engine through a mounted socket, installs the .deb
 * (maintainer scripts included), starts the node without systemd, and waits for it to report UP.
 * Then a second run keeps the config and token, and a purge removes what the package added.
 */
@Tag("packaging")
@Tag("docker")
class InstallNodeScriptTest {
    private static final Pattern TOKEN = Pattern.compile("(?m)^\\s+([0-9a-f]{48})$");

    @Test
    void oneCommandInstallsStartsAndUpgradesTheNode() throws Exception {
        Path deb = new NodePackage(Packaging.context(), Packaging.nodeJar()).build(PackageType.DEB);
        String image = debianImage();
        int socketGroup = (Integer) Files.getAttribute(Path.of("/var/run/docker.sock"), "unix:gid");
        String script = String.join("\n",
                "set -u",
                // The engine's socket group, so the node's user reaches it as on a real machine.
                "groupadd -g " + socketGroup + " docker",
                "bash /src/installers/install-node.sh --deb /debs/" + deb.getFileName() + " --skip-images",
                "echo \"== first: $?\"",
                "id labjudge",
                "stat -c '%a %U %G' /etc/labjudge/node.json",
                "cat /etc/labjudge/node.json",
                "test -f /lib/systemd/system/labjudge-node.service && echo '== unit installed'",
                "labjudge-node-config tokens | sed 's/^/== token: /'",
                "bash /src/installers/install-node.sh --deb /debs/" + deb.getFileName() + " --skip-images --no-start",
                "echo \"== second: $?\"",
                "labjudge-node-config tokens | sed 's/^/== token after: /'",
                "dpkg --purge labjudge-node >/dev/null",
                "echo \"== purge: $?\"",
                "test -e /etc/labjudge || echo '== config gone'",
                "test -e /run/labjudge-node.pid || echo '== node stopped'",
                "");
        Proc.Result result = Proc.run(Duration.ofMinutes(5), java.util.Map.of(), List.of("docker", "run", "--rm",
                "--network", "none",
                "-e", "DOCKER_HOST=unix:///run/host-docker.sock",
                "-v", "/var/run/docker.sock:/run/host-docker.sock",
                "-v", dockerCli() + ":/usr/local/bin/docker:ro",
                "-v", Packaging.installersDir() + ":/src/installers:ro",
                "-v", deb + ":/debs/" + deb.getFileName() + ":ro",
                image, "bash", "-c", script));
        String out = result.output();
        assertThat(result.exitCode()).as(out).isZero();
        assertThat(out).as(out).contains("== first: 0", "install-node: the node is UP on port 7070");

        // The token is shown once, at the first install, and is the one in the config.
        Matcher shown = TOKEN.matcher(out);
        assertThat(shown.find()).as("a token shown at install:%n%s", out).isTrue();
        assertThat(out).contains("== token: " + shown.group(1));
        assertThat(out).contains("== token after: " + shown.group(1));
        assertThat(out.split("shown only this once", -1)).as("token shown exactly once").hasSize(2);

        assertThat(out).containsPattern("groups=.*\\(docker\\)");
        assertThat(out).contains("640 root labjudge", "\"bind\": \"0.0.0.0\"", "== unit installed");
        assertThat(out).contains("== second: 0", "keeping /etc/labjudge/node.json");
        assertThat(out).contains("== purge: 0", "== config gone", "== node stopped");
    }

    /** A plain Debian 12 root as build-images.sh imports it, else the runtime base built on it. */
    private static String debianImage() {
        for (String repository : List.of("labjudge/base-rootfs", "labjudge/base")) {
            String tags = Proc.ok(Duration.ofSeconds(30), "docker", "image", "ls", repository,
                    "--format", "{{.Repository}}:{{.Tag}}").output().strip();
            if (!tags.isEmpty()) {
                return tags.lines().findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no labjudge/base-rootfs image: run installers/images/build-images.sh");
    }

    private static String dockerCli() {
        return Proc.ok(Duration.ofSeconds(10), "sh", "-c", "command -v docker").output().strip();
    }
}
