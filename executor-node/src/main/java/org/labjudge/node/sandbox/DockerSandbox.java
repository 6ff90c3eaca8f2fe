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
        return measured(request, toAgent -> agent.execute(toAgent, runtime.programProcessLimit(processes)));
    }

    @Override
    public ExecResult executeLive(ExecRequest request, LiveInput input, LiveOutput output) {
        return measured(request,
                toAgent -> agent.executeLive(toAgent, runtime.programProcessLimit(processes), input, output));
    }

    /**
     * One execution by the agent, with what the host's cgroup saw and a sandbox killed for memory accounted for. Where
     * the agent sees no cgroup (gVisor), the host's cgroup is watched: its CPU time is the execution's, and past the
     * limit the agent is told to stop the programs; the agent's own CPU limit is then only the wall clock's backstop,
     * since its figures there are clock time while runnable (a program beside 30 runnable processes reads 15 times its
     * CPU time).
     */
    private ExecResult measured(ExecRequest request, java.util.function.Function<ExecRequest, ExecResult> execution) {
        long start = System.nanoTime();
        if (hostSide == null) {
            try {
                return guarded(() -> execution.apply(request));
            } catch (SandboxException e) {
                if (killedForMemory()) {
                    return killedWithAgent(start, 0);
                }
                throw e;
            }
        }
        ExecRequest toAgent = request.withCpuTimeMs(Math.max(request.cpuTimeMs(), request.wallTimeMs()));
        try (HostCgroupWatch watch = HostCgroupWatch.start(hostSide, id(), request.cpuTimeMs() * 1000,
                this::stopForCpu)) {
            try {
                ExecResult result = guarded(() -> execution.apply(toAgent));
                java.util.Set<ExecFlag> seen = watch.seen();
                return watch.cpuUs() < 0 ? result.withFlags(seen)
                        : result.withCpuFromCgroup(watch.cpuUs()).withFlags(seen);
            } catch (SandboxException e) {
                java.util.Set<ExecFlag> seen = watch.seen();
                long cpuUs = Math.max(0, watch.cpuUs());
                // The host's cgroup counts the OOM kill at once; the engine's record of it can come seconds later.
                if (seen.contains(ExecFlag.OOM_KILLED) || killedForMemory()) {
                    return killedWithAgent(start, cpuUs);
                }
                if (seen.contains(ExecFlag.PROCESS_LIMIT)) {
                    // A fork bomb took the host threads gVisor's own kernel needs, and the sandbox died.
                    LOG.info("sandbox {} died at its process limit", id());
                    return lost(start, cpuUs, java.util.Set.of(ExecFlag.PROCESS_LIMIT),
                            "the sandbox died at its process limit");
                }
                throw e;
            }
        }
    }

    /**
     * Memory ran out so badly that the kernel killed the agent after the program (files in the memory-backed work dirs
     * count too), or gVisor's kernel with it: the program's verdict stands, its output is lost.
     */
    private ExecResult killedWithAgent(long startNanos, long cpuUs) {
        LOG.info("sandbox {} was killed for memory along with its agent", id());
        return lost(startNanos, cpuUs, java.util.Set.of(ExecFlag.OOM_KILLED), "the sandbox was killed for memory");
    }

    /** The result of a program whose sandbox died with it: killed, its output lost. */
    private static ExecResult lost(long startNanos, long cpuUs, java.util.Set<ExecFlag> flags, String why) {
        return new ExecResult(-1, KILL_SIGNAL, cpuUs, (System.nanoTime() - startNanos) / 1000, 0, flags, new byte[0],
                new byte[0], why + "; the program's output is lost");
    }

    /** Tells the agent, from outside the container, that the programs are past their CPU limit (lj-agent.c). */
    private void stopForCpu() {
        try {
            docker.killContainerCmd(containerId).withSignal("SIGUSR1").exec();
        } catch (RuntimeException e) {
            // The agent's wall clock still ends the programs.
            LOG.warn("could not tell sandbox {} to stop at its CPU limit: {}", id(), e.toString());
        }
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
