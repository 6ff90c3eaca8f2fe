package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a sandbox's process cap is kept: the cgroup under the default runtime, the programs' RLIMIT_NPROC under gVisor. */
class SandboxRuntimeTest {
    private static final SandboxRuntime DEFAULT = new SandboxRuntime("");
    private static final SandboxRuntime GVISOR = new SandboxRuntime(SandboxRuntime.GVISOR);

    @Test
    void theDefaultRuntimeCapsByTheCgroupAlone() {
        assertThat(DEFAULT.pidsLimit(32)).isEqualTo(32);
        // On the host's kernel a uid's process count spans every sandbox: no RLIMIT_NPROC.
        assertThat(DEFAULT.programProcessLimit(32)).isZero();
        assertThat(DEFAULT.updatable()).isTrue();
        assertThat(DEFAULT.linksSandboxes()).isTrue();
    }

    @Test
    void gvisorCapsInsideItsKernelAndGuardsTheHostWithRoomForItsOwnThreads() {
        // The agent and the one process gVisor counts under root leave processes - 1 to the programs, as the cgroup.
        assertThat(GVISOR.programProcessLimit(32)).isEqualTo(30);
        assertThat(GVISOR.programProcessLimit(1)).isEqualTo(1);
        assertThat(GVISOR.pidsLimit(32)).isEqualTo(64 + 32 * 32);
        assertThat(GVISOR.updatable()).isFalse();
        assertThat(GVISOR.linksSandboxes()).isFalse();
    }
}
