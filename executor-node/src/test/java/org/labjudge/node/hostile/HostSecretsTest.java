package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** Nothing of the host or of the node is visible from a sandbox: no token, no shadow, no socket. */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class HostSecretsTest {
    private static final Limits ROOMY = new Limits(5000, 10000, 128, 1024, 32);

    @Test
    void theSandboxEnvironmentAndProcessesHoldNoNodeSecret(HostileNode node) {
        String program = """
                echo "== env"; env
                echo "== environ of every process"
                for p in /proc/[0-9]*; do tr '\\0' '\\n' < $p/environ 2>&1; done
                echo "== command lines"
                for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline 2>&1; echo; done
                echo "== text in the agent's environ"; (tr -d '\\0' < /proc/1/environ | wc -c) 2>&1
                """;
        TestResult test = node.runOnce("bash", program, ROOMY, "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.OK);
        assertThat(test.stdout() + test.stderr()).doesNotContain(node.token).doesNotContain("DOCKER_HOST");
        if (HostileNode.UNDER_GVISOR) {
            // gVisor's kernel lets any process read /proc/1/environ (docs/sandbox.md): the agent blanked it.
            assertThat(test.stdout()).contains("== text in the agent's environ\n0\n");
        } else {
            // PID 1 (the agent) is another user's: its environment and fds are closed to the program.
            assertThat(test.stdout() + test.stderr()).contains("/proc/1/environ: Permission denied");
        }
        node.assertSurvived();
    }

    @Test
    void theFileSystemHoldsNothingOfTheHostOrTheNode(HostileNode node) throws IOException {
        // The token is assembled at run time from two halves, so the program's own source never matches.
        String half = node.token.substring(0, node.token.length() / 2);
        String rest = node.token.substring(half.length());
        String program = "t=\"" + half + "\"\"" + rest + "\"\n" + """
                echo "== grep"; grep -rlsF --exclude-dir=proc --exclude-dir=sys "$t" / 2>/dev/null; echo "grep done"
                echo "== shadow"; cat /etc/shadow 2>&1
                echo "== sockets"
                for s in /var/run/docker.sock /run/docker.sock /var/run/docker /run/containerd; do
                    if [ -e $s ]; then echo "present $s"; else echo "absent $s"; fi
                done
                echo "== host"; hostname
                echo "== mounts"; cat /proc/self/mountinfo
                """;
        TestResult test = node.runOnce("bash", program, ROOMY, "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.OK);
        String out = test.stdout();
        assertThat(out).contains("== grep\ngrep done\n");
        assertThat(out).contains("/etc/shadow: Permission denied");
        String hostShadowRoot = Files.readAllLines(Path.of("/etc/shadow")).stream()
                .filter(l -> l.startsWith("root:")).findFirst().orElse("root:");
        assertThat(out).doesNotContain(hostShadowRoot);
        assertThat(out).contains("absent /var/run/docker.sock\nabsent /run/docker.sock\nabsent /var/run/docker\n"
                + "absent /run/containerd\n");
        assertThat(out).doesNotContain("\n" + InetAddress.getLocalHost().getHostName() + "\n");
        // Only the engine's own per-container hostname file comes from the host's disk.
        String mounts = out.substring(out.indexOf("== mounts"));
        assertThat(mounts.lines().filter(l -> l.contains(" - ext4 ") || l.contains(" - xfs ")
                || l.contains(" - btrfs ")).toList()).allMatch(l -> l.contains(" /etc/hostname ")
                || l.contains(" /etc/hosts ") || l.contains(" /etc/resolv.conf "));
        node.assertSurvived();
    }
}
