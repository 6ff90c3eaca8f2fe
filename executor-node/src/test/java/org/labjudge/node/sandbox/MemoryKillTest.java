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
        sandbox.setLimits(48, 32);
        ExecResult r = sandbox.execute(SandboxFixture.sh("cat /proc/self/oom_score_adj; x=$(head -c 200M /dev/zero | tr '\\0' a)", ""));
        assertThat(r.flags()).contains(ExecFlag.OOM_KILLED);
        assertThat(r.stdoutText()).isEqualTo("1000\n");
        assertThat(sandbox.alive()).isTrue();
        assertThat(sandbox.execute(SandboxFixture.sh("echo after", "")).stdoutText()).isEqualTo("after\n");
    }

    @RepeatedTest(3)
    void filesThatFillTheMemoryLimitEndInAnOomKillNotAnError() {
        // 16 MB work dir + 16 MB /tmp + 16 MB /dev/shm under a 40 MB limit.
        sandbox.setLimits(40, 32);
        ExecResult r = sandbox.execute(new ExecRequest(List.of("sh", "-c",
                "head -c 16M /dev/zero > /box/a; head -c 16M /dev/zero > /tmp/b; head -c 16M /dev/zero > /dev/shm/c;"
                        + " x=$(head -c 50M /dev/zero | tr '\\0' a); echo survived"),
                SandboxFixture.ENV, new byte[0], 5000, 10_000, 4096, 64L << 20));
        assertThat(r.flags()).contains(ExecFlag.OOM_KILLED);
        assertThat(r.stdoutText()).doesNotContain("survived");
    }
}
