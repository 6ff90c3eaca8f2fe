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
     * Host processes and threads gVisor's own kernel and file proxy take in a sandbox's pids cgroup (measured:
     * a container under runsc does not start with a pids limit of 32, does with 48).
     */
    static final int GVISOR_OWN_PIDS = 64;

    /** The engine's pids limit for a sandbox whose programs may run {@code processes} at once. */
    public long pidsLimit(int processes) {
        return name.equals(GVISOR) ? processes + GVISOR_OWN_PIDS : processes;
    }
}
