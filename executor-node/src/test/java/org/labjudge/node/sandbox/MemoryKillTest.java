package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Memory kills end an execution with the OOM flag, whichever process the kernel picks: the
 * program (always first: the agent raises its score), or the agent when it is the only process
 * left and files in the memory-backed work dirs leave it no room, which takes the whole sandbox.
 */
@Tag("docker")
class MemoryKillTest {
    private SandboxFixture fixture;
    private Sandbox sandbox;

    @BeforeEach
    void open() {
        fixture = new SandboxFixture();
        sandbox = fixture.open();
    }

    @AfterEach
    void close() {
        sandbox.close();
        assertThat(fixture.janitor.leftovers()).as("containers left behind").isEmpty();
        fixture.close();
    }

    @Test
    void theProgramIsTheOomKillersChoiceAndTheSandboxLivesOn() {
        // 12 MB of files in /dev/shm too: they count against the 48 MB, the agent stays out of it.
        sandbox.setLimits(48, 32);
        ExecResult r = sandbox.execute(SandboxFixture.sh(
                "cat /proc/self/oom_score_adj; head -c 12M /dev/zero > /dev/shm/f; x=$(head -c 200M /dev/zero | tr '\\0' a)", ""));
        assertThat(r.flags()).contains(ExecFlag.OOM_KILLED);
        assertThat(r.stdoutText()).isEqualTo("1000\n");
        assertThat(sandbox.alive()).isTrue();
        assertThat(sandbox.execute(SandboxFixture.sh("echo after", "")).stdoutText()).isEqualTo("after\n");
    }

    @Test
    void whenMemoryFilesLeaveNoRoomEvenForTheAgentTheWholeSandboxIsKilledAndItIsStillAnOomKill() {
        // 30 MB of files in the work dir and /tmp fit a 36 MB limit; then an execution whose 16 MB of
        // stdin the agent must hold before it starts anything needs more than is left. No program of
        // it exists yet, so the kernel's only choice is the agent: the sandbox dies, and the
        // execution ends with the OOM flag, not an error.
        sandbox.setLimits(36, 32);
        ExecResult fill = sandbox.execute(new ExecRequest(List.of("sh", "-c",
                "head -c 15M /dev/zero > /box/a && head -c 15M /dev/zero > /tmp/b && du -sm /box/a /tmp/b"),
                SandboxFixture.ENV, new byte[0], 5000, 10_000, 1 << 20, 64L << 20));
        assertThat(fill.stdoutText()).as("%s", fill).isEqualTo("15\t/box/a\n15\t/tmp/b\n");

        ExecResult r = sandbox.execute(new ExecRequest(List.of("cat"), SandboxFixture.ENV, new byte[16 << 20],
                5000, 10_000, 64 << 20, 64L << 20));

        assertThat(r.flags()).contains(ExecFlag.OOM_KILLED);
        assertThat(r.signal()).isEqualTo(9);
        assertThat(sandbox.alive()).isFalse();
    }
}
