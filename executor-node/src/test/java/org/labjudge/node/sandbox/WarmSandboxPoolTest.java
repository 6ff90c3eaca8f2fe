package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A reused sandbox shows a run nothing of the run before it. */
@Tag("docker")
class WarmSandboxPoolTest {
    private static final SandboxSpec SPEC = new SandboxSpec(SandboxFixture.IMAGE, 128, 32, 1.0, 16, 16);

    private SandboxFixture fixture;
    private WarmSandboxPool pool;

    @BeforeEach
    void start() {
        fixture = new SandboxFixture();
        pool = new WarmSandboxPool(fixture.provider, new PoolSettings(1, 2, 3), 1);
        pool.warm(List.of(SPEC));
        awaitReady(1);
    }

    @AfterEach
    void stop() {
        pool.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.janitor.leftovers().isEmpty());
        fixture.close();
    }

    /** Waits until the pool holds {@code count} ready sandboxes. */
    private void awaitReady(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> pool.readyCount(SandboxFixture.IMAGE) == count);
    }

    /** Waits until a returned sandbox has been reset and is ready again. */
    private void awaitBack(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> pool.readyIds(SandboxFixture.IMAGE).contains(id));
    }

    @Test
    void theNextRunGetsTheSameContainerWithNothingOfTheLastRunLeft() {
        String first;
        try (Sandbox sandbox = pool.open(SPEC)) {
            first = sandbox.id();
            sandbox.writeFile("solution.txt", "secret".getBytes(), false);
            ExecResult r = sandbox.execute(SandboxFixture.sh(
                    "echo secret > /tmp/t; echo secret > /dev/shm/s; mkdir -p /box/d; chmod 000 /box/d;"
                            + " export LEAK=1; echo 'export LEAK=1' > /tmp/.profile; (sleep 60 &) ; echo ok", ""));
            assertThat(r.stdoutText()).isEqualTo("ok\n");
        }
        awaitBack(first);
        try (Sandbox sandbox = pool.open(SPEC)) {
            assertThat(sandbox.id()).as("a warm container is reused").isEqualTo(first);
            ExecResult r = sandbox.execute(SandboxFixture.sh(
                    "ls -A /box /tmp /dev/shm; echo \"LEAK=${LEAK:-}\"; cat /proc/[0-9]*/cmdline | tr '\\0' ' '", ""));
            assertThat(r.stdoutText())
                    .startsWith("/box:\n\n/dev/shm:\n\n/tmp:\nLEAK=\n")
                    .doesNotContain("sleep 60");
        }
    }

    @Test
    void runsOneAfterAnotherNeitherMakeNorRemoveContainers() {
        // The first run makes one ready in its place; from then on no container is made or removed.
        pool.close();
        pool = new WarmSandboxPool(fixture.provider, new PoolSettings(1, 2, 100), 1);
        pool.warm(List.of(SPEC));
        awaitReady(1);
        Set<String> containers = new HashSet<>(fixture.janitor.leftovers());
        for (int i = 0; i < 6; i++) {
            String id;
            try (Sandbox sandbox = pool.open(SPEC)) {
                id = sandbox.id();
                assertThat(sandbox.execute(SandboxFixture.sh("echo run", "")).stdoutText()).isEqualTo("run\n");
            }
            awaitBack(id);
            containers.addAll(fixture.janitor.leftovers());
        }
        assertThat(containers).as("containers that ever existed").hasSize(2);
        assertThat(pool.readyCount(SandboxFixture.IMAGE)).isEqualTo(2);
    }

    @Test
    void aSandboxThatFailedIsDestroyedNotReused() {
        String first;
        try (Sandbox sandbox = pool.open(SPEC)) {
            first = sandbox.id();
            // The agent refuses the name; the lease is marked failed.
            assertThatThrownBy(() -> sandbox.writeFile("../escape", new byte[0], false))
                    .isInstanceOf(SandboxException.class);
        }
        // Destroyed, not reset and kept: its container goes away.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> fixture.janitor.leftovers().stream().noneMatch(id -> id.startsWith(first)));
        assertThat(pool.readyIds(SandboxFixture.IMAGE)).doesNotContain(first);
        awaitReady(1);
        try (Sandbox sandbox = pool.open(SPEC)) {
            assertThat(sandbox.id()).isNotEqualTo(first);
        }
    }

    @Test
    void aSandboxIsReplacedAfterItsLastAllowedUse() {
        String first = null;
        for (int i = 0; i < 3; i++) {
            if (first != null) {
                awaitBack(first);
            }
            try (Sandbox sandbox = pool.open(SPEC)) {
                first = first == null ? sandbox.id() : first;
                assertThat(sandbox.id()).isEqualTo(first);
            }
        }
        String used = first;
        await().atMost(Duration.ofSeconds(20)).until(() -> !pool.readyIds(SandboxFixture.IMAGE).contains(used)
                && pool.readyCount(SandboxFixture.IMAGE) >= 1);
        try (Sandbox sandbox = pool.open(SPEC)) {
            assertThat(sandbox.id()).isNotEqualTo(first);
        }
    }
}
