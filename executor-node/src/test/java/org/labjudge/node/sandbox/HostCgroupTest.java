package org.labjudge.node.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counters a gVisor sandbox's agent cannot see, read from the container's cgroup as the host lays it out. */
class HostCgroupTest {
    @TempDir
    Path host;

    private void file(String path, String content) throws IOException {
        Path file = host.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void cgroupV1WithTheCgroupfsDriver() throws IOException {
        file("proc/4242/cgroup", "12:pids:/docker/abc\n11:cpu,cpuacct:/docker/abc\n9:memory:/docker/abc\n"
                + "1:name=systemd:/docker/abc\n0::/docker/abc\n");
        file("cg/memory/docker/abc/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 3\n");
        file("cg/pids/docker/abc/pids.events", "max 7\n");
        file("cg/cpu,cpuacct/docker/abc/cpuacct.usage", "2500000000\n");

        HostCgroup cgroup = HostCgroup.of(host.resolve("proc"), host.resolve("cg"), 4242).orElseThrow();

        assertThat(cgroup.oomKills()).isEqualTo(3);
        assertThat(cgroup.pidsRefused()).isEqualTo(7);
        assertThat(cgroup.cpuUs()).isEqualTo(2_500_000);
    }

    @Test
    void aV1HostWithoutCpuacctStillCountsOomKillsAndRefusedForks() throws IOException {
        file("proc/4243/cgroup", "12:pids:/docker/abc\n9:memory:/docker/abc\n0::/docker/abc\n");
        file("cg/memory/docker/abc/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n");
        file("cg/pids/docker/abc/pids.events", "max 1\n");

        HostCgroup cgroup = HostCgroup.of(host.resolve("proc"), host.resolve("cg"), 4243).orElseThrow();

        assertThat(cgroup.oomKills()).isEqualTo(2);
        assertThat(cgroup.pidsRefused()).isEqualTo(1);
        assertThat(cgroup.cpuUs()).isEqualTo(-1);
    }

    @Test
    void cgroupV2WithTheSystemdDriver() throws IOException {
        file("proc/77/cgroup", "0::/system.slice/docker-abc.scope\n");
        file("cg/system.slice/docker-abc.scope/memory.events", "low 0\nhigh 0\nmax 12\noom 1\noom_kill 1\n");
        file("cg/system.slice/docker-abc.scope/pids.events", "max 0\n");
        file("cg/system.slice/docker-abc.scope/cpu.stat", "usage_usec 1234\nuser_usec 1000\nsystem_usec 234\n");

        HostCgroup cgroup = HostCgroup.of(host.resolve("proc"), host.resolve("cg"), 77).orElseThrow();

        assertThat(cgroup.oomKills()).isEqualTo(1);
        assertThat(cgroup.pidsRefused()).isZero();
        assertThat(cgroup.cpuUs()).isEqualTo(1234);
    }

    @Test
    void aProcessThatIsNotThereHasNoCgroupAndAMissingFileCountsAsUnreadable() throws IOException {
        assertThat(HostCgroup.of(host.resolve("proc"), host.resolve("cg"), 1)).isEmpty();
        file("proc/5/cgroup", "0::/gone\n");

        assertThat(HostCgroup.of(host.resolve("proc"), host.resolve("cg"), 5).orElseThrow().oomKills()).isEqualTo(-1);
    }
}
