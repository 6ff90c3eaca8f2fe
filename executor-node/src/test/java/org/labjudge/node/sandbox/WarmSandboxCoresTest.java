package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A ready sandbox takes the run's core: moved there when it is elsewhere, kept when it is already there; a pool
 * over a runtime that takes no updates (gVisor's) never changes a sandbox, and makes one with the run's own
 * limits when none has them.
 */
@Tag("docker")
class WarmSandboxCoresTest {
    private static final SandboxSpec SPEC = new SandboxSpec(SandboxFixture.IMAGE, 128, 32, 1.0, 16, 16);
    private static final String WHERE = "grep Cpus_allowed_list /proc/self/status | cut -f2";

    private SandboxFixture fixture;
    private WarmSandboxPool pool;

    @BeforeEach
    void start() {
        fixture = new SandboxFixture();
    }

    @AfterEach
    void stop() {
        pool.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.janitor.leftovers().isEmpty());
        fixture.close();
    }

    private void startPool(boolean updatable) {
        pool = new WarmSandboxPool(fixture.provider, new PoolSettings(1, 2, 50), updatable);
        pool.warm(List.of(SPEC));
        await().atMost(Duration.ofSeconds(20)).until(() -> pool.readyCount(SandboxFixture.IMAGE) == 1);
    }

    private static String where(Sandbox sandbox) {
        return sandbox.execute(SandboxFixture.sh(WHERE, "")).stdoutText();
    }

    private void awaitBack(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> pool.readyIds(SandboxFixture.IMAGE).contains(id));
    }

    @Test
    void aReadySandboxMovesToTheRunsCoreAndStaysThereForTheNextRun() {
        startPool(true);
        String id;
        try (Sandbox sandbox = pool.open(SPEC.withCpuset("1"))) {
            id = sandbox.id();
            assertThat(sandbox.cpuset()).isEqualTo("1");
            assertThat(where(sandbox)).isEqualTo("1\n");
        }
        awaitBack(id);
        try (Sandbox sandbox = pool.open(SPEC.withCpuset("0"))) {
            assertThat(sandbox.id()).isEqualTo(id);
            assertThat(where(sandbox)).isEqualTo("0\n");
        }
    }

    @Test
    void aSandboxAlreadyOnTheRunsCoreIsPreferred() {
        startPool(true);
        String onOne;
        String onZero;
        try (Sandbox first = pool.open(SPEC.withCpuset("1")); Sandbox second = pool.open(SPEC.withCpuset("0"))) {
            onOne = first.id();
            onZero = second.id();
        }
        awaitBack(onOne);
        awaitBack(onZero);
        try (Sandbox sandbox = pool.open(SPEC.withCpuset("1"))) {
            assertThat(sandbox.id()).isEqualTo(onOne);
        }
        try (Sandbox sandbox = pool.open(SPEC.withCpuset("0"))) {
            assertThat(sandbox.id()).isEqualTo(onZero);
        }
    }

    @Test
    void withoutUpdatesARunWithOtherLimitsGetsASandboxMadeWithThem() {
        startPool(false);
        String warm = pool.readyIds(SandboxFixture.IMAGE).get(0);
        try (Sandbox sandbox = pool.open(new SandboxSpec(SandboxFixture.IMAGE, 64, 32, 1.0, 16, 16))) {
            assertThat(sandbox.id()).isNotEqualTo(warm);
            assertThat(sandbox.execute(SandboxFixture.sh("cat /sys/fs/cgroup/memory/memory.limit_in_bytes"
                    + " /sys/fs/cgroup/memory.max 2>/dev/null", "")).stdoutText()).isEqualTo(64 * 1024 * 1024 + "\n");
        }
        try (Sandbox sandbox = pool.open(SPEC)) {
            assertThat(sandbox.id()).isEqualTo(warm);
        }
    }
}
