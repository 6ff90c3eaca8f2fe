package org.labjudge.node.sandbox;

import java.util.Objects;

/**
 * The sandboxes of one slot: every sandbox it opens (the run's own, a custom validator's) is on the slot's
 * cores, so two runs never share a core and what a run starts stays on its core.
 */
public final class PinnedSandboxes implements SandboxProvider {
    private final SandboxProvider sandboxes;
    private final String cpuset;

    /** @param cpuset the slot's cores as the engine writes them ({@code "1"}); {@code ""}: not pinned */
    public PinnedSandboxes(SandboxProvider sandboxes, String cpuset) {
        this.sandboxes = Objects.requireNonNull(sandboxes, "sandboxes");
        this.cpuset = Objects.requireNonNull(cpuset, "cpuset");
    }

    @Override
    public Sandbox open(SandboxSpec spec) {
        return sandboxes.open(cpuset.isEmpty() ? spec : spec.withCpuset(cpuset));
    }

    @Override
    public boolean available() {
        return sandboxes.available();
    }

    /** The slot's cores, {@code ""} when not pinned. */
    public String cpuset() {
        return cpuset;
    }
}
