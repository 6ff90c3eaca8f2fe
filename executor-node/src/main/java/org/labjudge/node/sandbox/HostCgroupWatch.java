package org.labjudge.node.sandbox;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads a gVisor sandbox's {@link HostCgroup} counters over and over while one execution runs: it keeps the last
 * values it could read, and says once when the sandbox's CPU time passes the execution's limit.
 *
 * <p>Why both. Under gVisor a fork bomb or a memory hog can end the whole sandbox, and the engine removes the
 * container's cgroup with it, often before the node learns that the agent is gone: read only then, the counters are
 * unreadable and the evidence of why is lost ("sandbox closed its connection" for a bomb and a 4 GiB allocation). And
 * only the host's cgroup has the sandbox's true CPU time (gVisor's own figures are clock time while runnable), so the
 * limit is watched here and the agent is told to stop the programs ({@code onCpuLimit}).
 */
final class HostCgroupWatch implements AutoCloseable {
    /** How often the counters are read: well within the time the engine takes to clean up a dead sandbox. */
    static final long PERIOD_MS = 10;

    private final HostCgroup cgroup;
    private final long cpuLimitUs;
    private final Runnable onCpuLimit;
    private final long oomBefore;
    private final long refusedBefore;
    private final long cpuBefore;
    private volatile long oomSeen;
    private volatile long refusedSeen;
    private volatile long cpuSeen;
    private boolean cpuLimitSaid;
    private final Thread poller;

    private HostCgroupWatch(HostCgroup cgroup, String sandboxId, long cpuLimitUs, Runnable onCpuLimit) {
        this.cgroup = cgroup;
        this.cpuLimitUs = cpuLimitUs;
        this.onCpuLimit = onCpuLimit;
        this.oomBefore = cgroup.oomKills();
        this.refusedBefore = cgroup.pidsRefused();
        this.cpuBefore = cgroup.cpuUs();
        this.oomSeen = oomBefore;
        this.refusedSeen = refusedBefore;
        this.cpuSeen = cpuBefore;
        this.poller = new Thread(this::poll, "cgroup-watch-" + sandboxId);
        poller.setDaemon(true);
    }

    /**
     * Starts watching {@code cgroup} from its counts now.
     *
     * @param cpuLimitUs the execution's CPU limit: past it, {@code onCpuLimit} runs once, on the watch's thread
     */
    static HostCgroupWatch start(HostCgroup cgroup, String sandboxId, long cpuLimitUs, Runnable onCpuLimit) {
        HostCgroupWatch watch = new HostCgroupWatch(cgroup, sandboxId, cpuLimitUs, onCpuLimit);
        watch.poller.start();
        return watch;
    }

    private void poll() {
        while (!Thread.currentThread().isInterrupted()) {
            read();
            if (!cpuLimitSaid && cpuUs() > cpuLimitUs) {
                cpuLimitSaid = true;
                onCpuLimit.run();
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Keeps what is readable now; a counter of a removed cgroup reads -1 and leaves the last value standing. */
    private void read() {
        long oom = cgroup.oomKills();
        if (oom > oomSeen) {
            oomSeen = oom;
        }
        long refused = cgroup.pidsRefused();
        if (refused > refusedSeen) {
            refusedSeen = refused;
        }
        long cpu = cgroup.cpuUs();
        if (cpu > cpuSeen) {
            cpuSeen = cpu;
        }
    }

    /** What the cgroup saw since the watch started, read once more now. */
    Set<ExecFlag> seen() {
        read();
        Set<ExecFlag> seen = EnumSet.noneOf(ExecFlag.class);
        if (oomBefore >= 0 && oomSeen > oomBefore) {
            seen.add(ExecFlag.OOM_KILLED);
        }
        if (refusedBefore >= 0 && refusedSeen > refusedBefore) {
            seen.add(ExecFlag.PROCESS_LIMIT);
        }
        if (cpuUs() > cpuLimitUs) {
            seen.add(ExecFlag.CPU_LIMIT);
        }
        return seen;
    }

    /** CPU time the whole sandbox used since the watch started, in microseconds; -1 when the cgroup was unreadable. */
    long cpuUs() {
        return cpuBefore < 0 ? -1 : cpuSeen - cpuBefore;
    }

    /** Stops watching, and waits for a word to the agent under way, so it lands before the next request does. */
    @Override
    public void close() {
        poller.interrupt();
        try {
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
