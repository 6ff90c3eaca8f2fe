package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The hostile suite finds a container's processes by their cgroup, so it must read every layout Docker
 * makes: cgroup v1 and v2 with the cgroupfs driver, and v2 with the systemd driver (most lab hosts).
 */
class ContainerCgroupTest {
    private static final String ID = "3f1c2a9b8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d";

    @Test
    void readsCgroupV1WithTheCgroupfsDriver() {
        String v1 = "12:pids:/docker/" + ID + "\n11:memory:/docker/" + ID + "\n1:name=systemd:/docker/" + ID + "\n";
        assertThat(HostileNode.containerOf(v1)).contains(ID);
    }

    @Test
    void readsCgroupV2WithTheCgroupfsDriver() {
        assertThat(HostileNode.containerOf("0::/docker/" + ID + "\n")).contains(ID);
    }

    @Test
    void readsCgroupV2WithTheSystemdDriver() {
        assertThat(HostileNode.containerOf("0::/system.slice/docker-" + ID + ".scope\n")).contains(ID);
    }

    @Test
    void aHostProcessIsInNoContainer() {
        assertThat(HostileNode.containerOf("0::/user.slice/user-0.slice/session-1.scope\n")).isEmpty();
        assertThat(HostileNode.containerOf("0::/system.slice/docker.service\n")).isEmpty();
    }
}
