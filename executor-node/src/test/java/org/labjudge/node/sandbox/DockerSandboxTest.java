package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Docker sandbox runs commands under limits and reports how they ended. */
@Tag("docker")
class DockerSandboxTest {
    private static SandboxFixture fixture;
    private static Sandbox sandbox;

    @BeforeAll
    static void open() {
        fixture = new SandboxFixture();
        sandbox = fixture.open();
    }

    @AfterAll
    static void close() {
        sandbox.close();
        assertThat(fixture.janitor.leftovers()).as("containers left behind").isEmpty();
        fixture.close();
    }

    @Test
    void feedsStdinAndCapturesBothStreamsAndTheExitCode() {
        ExecResult r = sandbox.execute(SandboxFixture.sh("read x; echo got $x; echo oops >&2; exit 3", "42\n"));
        assertThat(r.stdoutText()).isEqualTo("got 42\n");
        assertThat(r.stderrText()).isEqualTo("oops\n");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.signal()).isZero();
        assertThat(r.flags()).contains(ExecFlag.CPU_FROM_CGROUP);
    }

    @Test
    void writtenFilesAreReadableInTheWorkDirectory() {
        sandbox.writeFile("data.txt", "hello file\n".getBytes(StandardCharsets.UTF_8), false);
        ExecResult r = sandbox.execute(SandboxFixture.sh("cat data.txt; pwd; id -u", ""));
        assertThat(r.stdoutText()).isEqualTo("hello file\n/box\n10001\n");
    }

    @Test
    void aBusyLoopIsKilledAtItsCpuLimit() {
        // A long wall-clock limit, so that a busy machine cannot make the wall clock win.
        ExecResult r = sandbox.execute(new ExecRequest(java.util.List.of("sh", "-c", "while :; do :; done"),
                SandboxFixture.ENV, new byte[0], 1000, 30_000, 4096, 4096));
        assertThat(r.flags()).contains(ExecFlag.CPU_LIMIT).doesNotContain(ExecFlag.WALL_LIMIT);
        assertThat(r.cpuTimeMs()).isBetween(1000L, 1500L);
    }

    @Test
    void aSleeperIsKilledAtItsWallClockLimit() {
        ExecResult r = sandbox.execute(SandboxFixture.sh("sleep 100", ""));
        assertThat(r.flags()).contains(ExecFlag.WALL_LIMIT).doesNotContain(ExecFlag.CPU_LIMIT);
        assertThat(r.wallTimeMs()).isBetween(4000L, 5500L);
    }

    @Test
    void outputPastTheCapIsCutAndFlagged() {
        ExecResult r = sandbox.execute(SandboxFixture.sh("yes", ""));
        assertThat(r.flags()).contains(ExecFlag.OUTPUT_LIMIT);
        assertThat(r.stdout()).hasSize(4096);
    }

    @Test
    void aMissingProgramIsReportedAsNotStarted() {
        ExecResult r = sandbox.execute(new ExecRequest(java.util.List.of("no-such-program"),
                SandboxFixture.ENV, new byte[0], 1000, 2000, 100, 100));
        assertThat(r.flags()).contains(ExecFlag.START_FAILED);
        assertThat(r.message()).contains("no-such-program");
    }

    @Test
    void killingEveryProcessDoesNotKillTheAgent() {
        ExecResult r = sandbox.execute(SandboxFixture.sh("sleep 20 & sh -c 'kill -9 -1'; wait; echo done", ""));
        // kill(-1) spares only its caller and PID 1: the program's shell dies, the agent answers.
        assertThat(r.signal()).isEqualTo(9);
        assertThat(r.wallTimeMs()).isLessThan(3000);
        ExecResult next = sandbox.execute(SandboxFixture.sh("echo still here", ""));
        assertThat(next.stdoutText()).isEqualTo("still here\n");
    }

    @Test
    void backgroundChildrenDieWithTheMainProcess() {
        ExecResult r = sandbox.execute(SandboxFixture.sh("(sleep 30; echo late > /box/late) & echo started", ""));
        assertThat(r.stdoutText()).isEqualTo("started\n");
        assertThat(r.wallTimeMs()).isLessThan(2000);
        ExecResult ps = sandbox.execute(SandboxFixture.sh("cat /proc/[0-9]*/cmdline | tr '\\0' ' '", ""));
        assertThat(ps.stdoutText()).doesNotContain("sleep 30");
    }

    @Test
    void resetEmptiesTheWorkAndTemporaryDirectories() {
        sandbox.execute(SandboxFixture.sh("echo x > /box/left; echo y > /tmp/left; mkdir -p /box/d/e; chmod 000 /box/d", ""));
        sandbox.reset();
        ExecResult r = sandbox.execute(SandboxFixture.sh("ls -A /box /tmp", ""));
        assertThat(r.stdoutText()).isEqualTo("/box:\n\n/tmp:\n");
    }

    @Test
    void aLargeFileHitsTheFileSizeLimit() {
        ExecResult r = sandbox.execute(SandboxFixture.sh("head -c 2000000 /dev/zero > big", ""));
        assertThat(r.exitCode()).isNotZero();
    }
}
