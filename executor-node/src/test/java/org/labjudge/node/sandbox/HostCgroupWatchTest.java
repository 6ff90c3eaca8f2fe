package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gVisor sandbox's OOM kill or refused fork is still known after the engine removed the sandbox's cgroup, and its
 * CPU time is the cgroup's, with the agent told once when it passes the limit.
 */
class HostCgroupWatchTest {
    private static final long SECOND_US = 1_000_000;

    @TempDir
    Path host;

    private final AtomicInteger toldToStop = new AtomicInteger();

    private HostCgroup cgroup() throws IOException {
        Files.createDirectories(host.resolve("proc/9"));
        Files.writeString(host.resolve("proc/9/cgroup"), "0::/docker/abc\n");
        Files.createDirectories(host.resolve("cg/docker/abc"));
        counts(0, 0, 0);
        return HostCgroup.of(host.resolve("proc"), host.resolve("cg"), 9).orElseThrow();
    }

    private void counts(int oomKills, int refused, long cpuUs) throws IOException {
        Files.writeString(host.resolve("cg/docker/abc/memory.events"), "oom 0\noom_kill " + oomKills + "\n");
        Files.writeString(host.resolve("cg/docker/abc/pids.events"), "max " + refused + "\n");
        Files.writeString(host.resolve("cg/docker/abc/cpu.stat"), "usage_usec " + cpuUs + "\n");
    }

    private void removeCgroup() throws IOException {
        for (String file : new String[] {"memory.events", "pids.events", "cpu.stat"}) {
            Files.delete(host.resolve("cg/docker/abc").resolve(file));
        }
    }

    private HostCgroupWatch watch(HostCgroup cgroup) {
        return HostCgroupWatch.start(cgroup, "test", SECOND_US, toldToStop::incrementAndGet);
    }

    /**
     * Writes the counts, then a CPU figure after them, and waits until the watch has read that figure: by then it has
     * read the counts too (it reads the CPU figure last).
     */
    private void countsRead(HostCgroupWatch watch, int oomKills, int refused, long cpuUs) throws IOException {
        counts(oomKills, refused, 0);
        counts(oomKills, refused, cpuUs);
        await().atMost(Duration.ofSeconds(10)).until(() -> watch.cpuUs() == cpuUs);
    }

    @Test
    void anOomKillSeenWhileTheProgramRanStandsAfterTheCgroupIsGone() throws Exception {
        try (HostCgroupWatch watch = watch(cgroup())) {
            countsRead(watch, 1, 0, 300_000);
            removeCgroup();

            assertThat(watch.seen()).containsExactly(ExecFlag.OOM_KILLED);
            assertThat(watch.cpuUs()).isEqualTo(300_000);
        }
    }

    @Test
    void aRefusedForkSeenWhileTheProgramRanStandsAfterTheCgroupIsGone() throws Exception {
        try (HostCgroupWatch watch = watch(cgroup())) {
            countsRead(watch, 0, 4, 1);
            removeCgroup();

            assertThat(watch.seen()).containsExactly(ExecFlag.PROCESS_LIMIT);
        }
    }

    @Test
    void countsFromBeforeTheWatchStartedAreNotThisExecutions() throws Exception {
        HostCgroup cgroup = cgroup();
        counts(2, 5, 7 * SECOND_US);
        try (HostCgroupWatch watch = watch(cgroup)) {
            counts(2, 5, 7 * SECOND_US + 250_000);
            await().atMost(Duration.ofSeconds(10)).until(() -> watch.cpuUs() == 250_000);

            assertThat(watch.seen()).isEmpty();
            assertThat(watch.cpuUs()).isEqualTo(250_000);
            assertThat(toldToStop).hasValue(0);
        }
    }

    @Test
    void theAgentIsToldOnceWhenTheSandboxPassesItsCpuLimit() throws Exception {
        try (HostCgroupWatch watch = watch(cgroup())) {
            countsRead(watch, 0, 0, SECOND_US + 1);
            countsRead(watch, 0, 0, 2 * SECOND_US);

            assertThat(toldToStop).hasValue(1);
            assertThat(watch.seen()).containsExactly(ExecFlag.CPU_LIMIT);
        }
    }
}
