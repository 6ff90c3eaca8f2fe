package org.labjudge.node.sandbox;

import java.util.Objects;

/**
 * The engine runtime every sandbox of a node runs under (the node config's {@code runtime}), and what it allows.
 *
 * @param name the runtime's name as the engine knows it; {@code ""} for the engine's default (runc)
 */
public record SandboxRuntime(String name) {
    /** gVisor's runtime: the program talks to gVisor's kernel, not the host's. */
    public static final String GVISOR = "runsc";

    public SandboxRuntime {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Whether a running container's memory, process limit and cores can be changed ({@code docker update}).
     * runsc cannot (gVisor issue 9554: the engine's update fails): its containers keep the limits they were
     * made with, so the pool keeps them apart by limits, and a compile runs with the program's own limits.
     */
    public boolean updatable() {
        return !name.equals(GVISOR);
    }

    /**
     * Whether two sandboxes can share a {@link PipeLink}'s named pipes and lock. Not under gVisor: each sandbox has a
     * kernel of its own, and a pipe made in one is not seen in the other ("No such file"), nor is a lock.
     */
    public boolean linksSandboxes() {
        return !name.equals(GVISOR);
    }


    /**
     * The default of {@code warmPool.maxUses}, the runs one sandbox serves: one under gVisor. Each gVisor sandbox has
     * a kernel of its own, whose POSIX message queues cannot be listed (it has no mqueue file system), so a reset
     * cannot remove a queue a run made; a fresh sandbox per run leaves no kernel state of an earlier run at all.
     */
    public int defaultMaxUses() {
        return name.equals(GVISOR) ? 1 : PoolSettings.DEFAULT_MAX_USES;
    }

    /**
     * Host processes and threads gVisor's own kernel and file proxy take in a sandbox's pids cgroup (measured with
     * runsc 0.0~20240729 on systrap: 28 in an idle sandbox; a container does not start under a pids limit of 24).
     */
    static final int GVISOR_OWN_PIDS = 64;
    /**
     * Host threads each process inside gVisor may take (its stub thread, and the threads gVisor's kernel blocks in for
     * it). Measured on systrap: 30 sleeping processes took 63 more, and a C fork bomb held at 30 stayed at 91 in all.
     * Under the ptrace platform (Debian 12's runsc) the same bomb took some 800 host threads a second until it killed
     * the sandbox, which is why the node's set-up installs a runsc with systrap (installers/scripts/ensure-gvisor.sh).
     */
    static final int GVISOR_HOST_PIDS_PER_PROCESS = 32;

    /**
     * The engine's pids limit for a sandbox whose programs may run {@code processes} at once. Under gVisor the cap is
     * the programs' RLIMIT_NPROC inside ({@link #programProcessLimit}); the host's limit only keeps gVisor's own
     * threads bounded, and is high enough that a fork bomb at the cap never takes the threads gVisor needs (it
     * killed the whole sandbox when the host's limit was the cap).
     */
    public long pidsLimit(int processes) {
        return name.equals(GVISOR) ? GVISOR_OWN_PIDS + (long) GVISOR_HOST_PIDS_PER_PROCESS * processes : processes;
    }

    /**
     * The RLIMIT_NPROC the agent sets for the programs' user in a sandbox of {@code processes}: under gVisor, whose
     * sandboxes each have a kernel (and so a count of the uid's processes) of their own, {@code processes} less the
     * agent and less the one process more than its limit gVisor lets a user hold (measured), so the programs hold
     * at most {@code processes - 1} as under the cgroup's limit. 0 (none) elsewhere: on the host's kernel the count
     * spans the uid's processes in every sandbox, and the cgroup's pids limit caps each.
     */
    public int programProcessLimit(int processes) {
        return name.equals(GVISOR) ? Math.max(1, processes - 2) : 0;
    }
}
