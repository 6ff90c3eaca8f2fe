package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.node.testing.HostilePrograms;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** Writing 1 GB or filling the work dir is a RUNTIME_ERROR that says why; the host disk is untouched. */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class DiskFillTest {

    @Test
    void writingAOneGigabyteFileIsARuntimeErrorAndLeavesTheHostDiskAlone(HostileNode node) throws IOException {
        String program = """
                #include <stdio.h>
                #include <string.h>
                #include <unistd.h>
                int main(void) {
                    static char buf[1 << 20];
                    char host[64] = "";
                    gethostname(host, sizeof host);
                    printf("%s\\n", host);
                    fflush(stdout);
                    memset(buf, 'z', sizeof buf);
                    FILE *f = fopen("big.bin", "wb");
                    if (!f) { perror("open"); return 1; }
                    for (int i = 0; i < 1024; i++) {
                        if (fwrite(buf, 1, sizeof buf, f) != sizeof buf) { perror("write"); return 1; }
                    }
                    if (fclose(f) != 0) { perror("close"); return 1; }
                    puts("wrote 1 GB");
                    return 0;
                }
                """;
        long freeBefore = Files.getFileStore(Path.of("/var/lib/docker")).getUsableSpace();

        TestResult test = node.runOnce("c", program);

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(test.stdout()).doesNotContain("wrote 1 GB");
        assertThat(test.message()).contains("out of disk space");
        long freeAfter = Files.getFileStore(Path.of("/var/lib/docker")).getUsableSpace();
        assertThat(freeBefore - freeAfter).as("host disk space used meanwhile").isLessThan(512L << 20);
        String container = test.stdout().lines().findFirst().orElseThrow();
        if (HostileNode.UNDER_GVISOR) {
            // A gVisor sandbox serves one run (docs/sandbox.md): it is removed with whatever it wrote.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> HostileNode.dockerPs(node.nodeId()).stream().noneMatch(l -> l.startsWith(container)));
            node.assertSurvived();
            return;
        }
        // The sandbox's root is read-only: its writable layer on the host stays empty. The run gave its
        // sandbox back, and the pool keeps it ready, so the container is there to be looked at.
        String image = node.fixture.config.judgeSettings().image("c");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> node.fixture.node.sandboxes().readyIds(image).contains(container));
        String id = HostileNode.dockerPs(node.nodeId()).stream().filter(l -> l.startsWith(container)).findFirst()
                .orElseThrow().split(" ")[0];
        Path upper = HostileNode.upperDir(id);
        assertThat(upper).isDirectory();
        assertThat(sizeOf(upper)).isLessThan(1 << 20);
        node.assertSurvived();
    }

    @Test
    void fillingTheWorkDirIsARuntimeErrorThatSaysWhy(HostileNode node) {
        TestResult test = node.runOnce("python", HostilePrograms.FILL_THE_WORK_DIR);

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(test.stderr()).contains("No space left on device");
        assertThat(test.message()).contains("out of disk space");
        node.assertSurvived();
    }

    @Test
    void fillingTheMemoryBackedDirectoriesBeyondTheMemoryLimitIsAMemoryLimitVerdict(HostileNode node) {
        // The in-memory disks count against the memory limit: 120 MB of files in the work dir and /tmp
        // (64 MB each, so neither is full first) is past a 96 MB limit before any write can fail.
        String program = """
                chunk = b'm' * (1 << 20)
                for d in ('/box', '/tmp'):
                    with open(f'{d}/fill', 'wb') as f:
                        for _ in range(60):
                            f.write(chunk)
                print('filled')
                """;
        TestResult test = node.runOnce("python", program, new Limits(1000, 3000, 96, 64, 32), "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(test.stdout()).doesNotContain("filled");
        node.assertSurvived();
    }

    @Test
    void nothingCanBeWrittenOutsideTheSandboxsOwnDisks(HostileNode node) {
        String marker = "lj-hostile-" + UUID.randomUUID();
        List<String> targets = List.of("/" + marker, "/etc/" + marker, "/var/tmp/" + marker, "/usr/local/" + marker,
                "/root/" + marker, "/home/" + marker, "/run/" + marker, "/dev/" + marker, "/sys/" + marker,
                "/proc/" + marker, "/var/lib/docker/" + marker);
        // Its own /tmp and work dir take the file; nothing else may.
        String program = "echo x > /tmp/" + marker + "\necho x > /box/" + marker + "\n"
                + "for t in " + String.join(" ", targets) + "; do\n"
                + "  if (echo x > \"$t\") 2>/dev/null; then echo \"WROTE $t\"; fi\n"
                + "done\necho done\n";

        TestResult test = node.runOnce("bash", program, new Limits(3000, 6000, 128, 64, 32), "");

        assertThat(test.verdict()).isEqualTo(Verdict.OK);
        assertThat(test.stdout()).isEqualTo("done\n");
        for (String target : targets) {
            assertThat(Path.of(target)).as("on the host").doesNotExist();
        }
        assertThat(Path.of("/tmp", marker)).doesNotExist();
        assertThat(Path.of("/box", marker)).doesNotExist();
        node.assertSurvived();
    }

    private static long sizeOf(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
