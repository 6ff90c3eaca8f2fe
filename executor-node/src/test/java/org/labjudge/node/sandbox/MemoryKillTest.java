package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Memory kills end an execution with the OOM flag, whichever process the kernel picks: the
 * program (always first: the agent raises its score) or, when files in the memory-backed work
 * dirs leave no room even for the agent, the whole sandbox.
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

    @RepeatedTest(3)
    void whenMemoryFilesAndCapturedOutputLeaveNoRoomEvenForTheAgentItIsStillAnOomKill() {
        // 16 MB in the work dir and 16 MB in /tmp under a 36 MB limit, then 30 MB of output for the
        // agent to hold: the program is killed first, and often the agent after it (seen in two of
        // three runs here). Either way the execution ends with the OOM flag, not an error.
        sandbox.setLimits(36, 32);
        ExecResult r = sandbox.execute(new ExecRequest(List.of("sh", "-c",
                "head -c 16M /dev/zero > /box/a; head -c 16M /dev/zero > /tmp/b; head -c 30M /dev/zero; echo survived"),
                SandboxFixture.ENV, new byte[0], 5000, 10_000, 64 << 20, 64L << 20));
        assertThat(r.flags()).contains(ExecFlag.OOM_KILLED);
        assertThat(r.signal()).isEqualTo(9);
        assertThat(r.stdoutText()).doesNotContain("survived");
    }
}
