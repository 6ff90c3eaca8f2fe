package org.labjudge.node.sandbox;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import java.util.List;
import java.util.Map;

/**
 * The lock-down of every sandbox container, defined once: no network, read-only root, small tmpfs
 * work dirs, programs as a non-root user other than the agent's, every capability dropped but the three the agent
 * needs to start and kill them, no new privileges, pids, memory (no swap)
 * and CPU limits (and the slot's core, when the node pins slots), no host mounts, no logs kept by the engine. {@link DockerSandboxProvider}
 * creates containers with it; the runtime images' tests run their containers with it too.
 */
public final class ContainerRules {
    /** The user programs run as (uid:gid), never root. */
    public static final String USER = "10001:10001";
    /**
     * The agent's user: root, with {@link #AGENT_CAPABILITIES} only, so that it starts each program as {@link #USER}
     * (another uid than its own: a program cannot open the agent's pipes in /proc/1/fd, trace or signal it) and
     * kills them. Leaving root drops the program's capabilities; no new privileges keeps them dropped.
     */
    public static final String AGENT_USER = "0:0";
    /** What the agent may do beyond an unprivileged process: change its uid and gid, signal other uids. */
    static final List<Capability> AGENT_CAPABILITIES = List.of(Capability.SETUID, Capability.SETGID, Capability.KILL);
    /** The work directory: the run's files, its current directory. */
    public static final String WORK_DIR = "/box";
    /** The container's PID 1 ({@code installers/images/base/lj-agent.c}). */
    public static final String AGENT = "/usr/local/bin/lj-agent";
    static final int SHM_MB = 16;

    private ContainerRules() {
    }

    /** The agent's arguments: the user it runs programs as. */
    public static List<String> agentArguments() {
        return List.of("--user", USER);
    }

    /** The engine-side settings of a container for {@code spec}. */
    public static HostConfig hostConfig(SandboxSpec spec) {
        long memory = spec.memoryMb() * 1024L * 1024L;
        HostConfig host = HostConfig.newHostConfig();
        if (!spec.cpuset().isEmpty()) {
            // The cgroup's cpuset, not an affinity a program could change: its children stay on those cores.
            host.withCpusetCpus(spec.cpuset());
        }
        return host
                .withNetworkMode("none")
                .withReadonlyRootfs(true)
                .withCapDrop(Capability.ALL)
                .withCapAdd(AGENT_CAPABILITIES.toArray(Capability[]::new))
                .withSecurityOpts(List.of("no-new-privileges"))
                .withPidsLimit((long) spec.processes())
                .withMemory(memory)
                .withMemorySwap(memory)
                .withNanoCPUs((long) (spec.cpus() * 1_000_000_000L))
                .withTmpFs(Map.of(
                        WORK_DIR, "rw,exec,nosuid,nodev,size=" + spec.workDirMb() + "m,uid=10001,gid=10001,mode=0700",
                        "/tmp", "rw,exec,nosuid,nodev,size=" + spec.tmpDirMb() + "m,mode=1777"))
                // /dev/shm is memory charged to the sandbox like the tmpfs dirs: kept small so that
                // files there cannot crowd out the run's own memory limit.
                .withShmSize(SHM_MB * 1024L * 1024L)
                .withLogConfig(new LogConfig(LogConfig.LoggingType.NONE));
    }
}
