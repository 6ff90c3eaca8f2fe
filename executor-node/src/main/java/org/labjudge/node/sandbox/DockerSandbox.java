package org.labjudge.node.sandbox;

import com.github.dockerjava.api.DockerClient;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A sandbox that is one Docker container whose PID 1 is the LabJudge agent. */
final class DockerSandbox implements Sandbox {
    private static final Logger LOG = LoggerFactory.getLogger(DockerSandbox.class);
    private static final int KILL_SIGNAL = 9;

    private final DockerClient docker;
    private final String containerId;
    private final AgentClient agent;
    private final Closeable attachment;
    private final ByteQueue toAgent;
    private final String link;
    private int memoryMb;
    private int processes;
    private String cpuset;
    private final SandboxRuntime runtime;
    private final LiveContainers live;
    /** Set when the agent sees no cgroup (gVisor): OOM kills and refused forks are read on the host. */
    private HostCgroup hostSide;
    private boolean broken;
    private boolean closed;

    DockerSandbox(
            DockerClient docker, String containerId, AgentClient agent, Closeable attachment,
            ByteQueue toAgent, SandboxSpec spec, SandboxRuntime runtime, LiveContainers live) {
        this.docker = docker;
        this.containerId = containerId;
        this.agent = agent;
        this.attachment = attachment;
        this.toAgent = toAgent;
        this.link = spec.link();
        this.memoryMb = spec.memoryMb();
        this.processes = spec.processes();
        this.cpuset = spec.cpuset();
        this.runtime = runtime;
        this.live = live;
    }

    @Override
    public String id() {
        return containerId.substring(0, Math.min(12, containerId.length()));
    }

    @Override
    public void writeFile(String name, byte[] content, boolean executable) {
        guarded(() -> {
            agent.writeFile(name, content, executable);
            return null;
        });
    }

    /** Reads the counters the agent cannot see from the container's cgroup on the host. */
    void readCgroupFromHost(HostCgroup cgroup) {
        this.hostSide = cgroup;
    }

    @Override
    public ExecResult execute(ExecRequest request) {
        return measured(() -> agent.execute(request, runtime.programProcessLimit(processes)));
    }

    @Override
    public ExecResult executeLive(ExecRequest request, LiveInput input, LiveOutput output) {
        return measured(() -> agent.executeLive(request, runtime.programProcessLimit(processes), input, output));
    }

    /** One execution by the agent, with what the host's cgroup saw and a sandbox killed for memory accounted for. */
    private ExecResult measured(java.util.function.Supplier<ExecResult> execution) {
        long start = System.nanoTime();
        long oomBefore = hostSide == null ? -1 : hostSide.oomKills();
        long refusedBefore = hostSide == null ? -1 : hostSide.pidsRefused();
        try {
            ExecResult result = guarded(execution);
            return hostSide == null ? result : result.withFlags(seenOnHost(oomBefore, refusedBefore));
        } catch (SandboxException e) {
            // The host's cgroup counts the OOM kill at once; the engine's record of it can come seconds later (gVisor).
            boolean oomOnHost = hostSide != null && seenOnHost(oomBefore, refusedBefore).contains(ExecFlag.OOM_KILLED);
            if (oomOnHost || killedForMemory()) {
                // Memory ran out so badly that the kernel killed the agent after the program (files in the
                // memory-backed work dirs count too): the program's verdict stands, its output is lost.
                LOG.info("sandbox {} was killed for memory along with its agent", id());
                return lost(start, java.util.Set.of(ExecFlag.OOM_KILLED), "the sandbox was killed for memory");
            }
            if (hostSide != null && seenOnHost(oomBefore, refusedBefore).contains(ExecFlag.PROCESS_LIMIT)) {
                // Under gVisor a fork bomb takes the host threads gVisor's own kernel needs, and the sandbox dies.
                LOG.info("sandbox {} died at its process limit", id());
                return lost(start, java.util.Set.of(ExecFlag.PROCESS_LIMIT), "the sandbox died at its process limit");
            }
            throw e;
        }
    }

    /** What the host's cgroup saw since the counts {@code oomBefore} and {@code refusedBefore}. */
    private java.util.Set<ExecFlag> seenOnHost(long oomBefore, long refusedBefore) {
        java.util.Set<ExecFlag> seen = java.util.EnumSet.noneOf(ExecFlag.class);
        if (oomBefore >= 0 && hostSide.oomKills() > oomBefore) {
            seen.add(ExecFlag.OOM_KILLED);
        }
        if (refusedBefore >= 0 && hostSide.pidsRefused() > refusedBefore) {
            seen.add(ExecFlag.PROCESS_LIMIT);
        }
        return seen;
    }

    /** The result of a program whose sandbox died with it: killed, its output lost. */
    private static ExecResult lost(long startNanos, java.util.Set<ExecFlag> flags, String why) {
        return new ExecResult(-1, KILL_SIGNAL, 0, (System.nanoTime() - startNanos) / 1000, 0, flags, new byte[0],
                new byte[0], why + "; the program's output is lost");
    }

    /** Whether the container ended because the kernel killed its processes for memory. */
    private boolean killedForMemory() {
        try {
            // The attachment ends a moment before the engine records the container's end.
            docker.waitContainerCmd(containerId).start().awaitStatusCode(2, TimeUnit.SECONDS);
            Boolean oom = docker.inspectContainerCmd(containerId).exec().getState().getOOMKilled();
            return Boolean.TRUE.equals(oom);
        } catch (RuntimeException e) {
            LOG.debug("could not tell why sandbox {} ended: {}", id(), e.toString());
            return false;
        }
    }

    @Override
    public void setLimits(int memoryMb, int processes) {
        if (memoryMb == this.memoryMb && processes == this.processes) {
            return; // an engine round trip saved on the request path
        }
        long bytes = memoryMb * 1024L * 1024L;
        guarded(() -> {
            // Swap equal to memory: a program cannot page its way past the limit.
            docker.updateContainerCmd(containerId)
                    .withMemory(bytes)
                    .withMemorySwap(bytes)
                    .withPidsLimit((long) processes)
                    .exec();
            this.memoryMb = memoryMb;
            this.processes = processes;
            return null;
        });
    }

    @Override
    public void pin(String cores) {
        if (cores.isEmpty() || cores.equals(cpuset)) {
            return; // an engine round trip saved on the request path
        }
        guarded(() -> {
            // The cgroup's cpuset: the processes there now and every child later run on these cores only.
            docker.updateContainerCmd(containerId).withCpusetCpus(cores).exec();
            this.cpuset = cores;
            return null;
        });
    }

    @Override
    public String cpuset() {
        return cpuset;
    }

    @Override
    public void reset() {
        guarded(() -> {
            agent.reset();
            return null;
        });
    }

    @Override
    public boolean alive() {
        if (broken || closed) {
            return false;
        }
        try {
            agent.ping();
            return true;
        } catch (RuntimeException e) {
            broken = true;
            return false;
        }
    }

    /** Whether an earlier call failed, so the sandbox must not be used again. */
    boolean broken() {
        return broken;
    }

    private <T> T guarded(java.util.function.Supplier<T> call) {
        if (broken || closed) {
            throw new SandboxException("sandbox " + id() + " is no longer usable");
        }
        try {
            return call.get();
        } catch (RuntimeException e) {
            broken = true;
            throw e instanceof SandboxException se ? se : new SandboxException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        toAgent.close();
        try {
            attachment.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the attachment of {}: {}", id(), e.toString());
        }
        live.gone(containerId); // from here on, the janitor may remove it too
        try {
            docker.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException e) {
            // The janitor removes it by its label at the next start.
            LOG.warn("could not remove sandbox container {}: {}", id(), e.toString());
        }
        removeLink(docker, link);
    }

    /**
     * Removes a pipe link's volume once no container mounts it: each of the two sandboxes sharing it tries as it
     * closes, and the engine refuses while the other still mounts it. The janitor removes what is left.
     */
    static void removeLink(DockerClient docker, String link) {
        if (link == null) {
            return;
        }
        try {
            docker.removeVolumeCmd(link).exec();
        } catch (RuntimeException e) {
            LOG.debug("pipe link {} not removed yet: {}", link, e.toString());
        }
    }
}
