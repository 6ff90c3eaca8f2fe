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
    private boolean broken;
    private boolean closed;

    DockerSandbox(
            DockerClient docker, String containerId, AgentClient agent, Closeable attachment,
            ByteQueue toAgent, SandboxSpec spec) {
        this.docker = docker;
        this.containerId = containerId;
        this.agent = agent;
        this.attachment = attachment;
        this.toAgent = toAgent;
        this.link = spec.link();
        this.memoryMb = spec.memoryMb();
        this.processes = spec.processes();
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

    @Override
    public ExecResult execute(ExecRequest request) {
        long start = System.nanoTime();
        try {
            return guarded(() -> agent.execute(request));
        } catch (SandboxException e) {
            if (!killedForMemory()) {
                throw e;
            }
            // Memory ran out so badly that the kernel killed the agent after the program (files in the
            // memory-backed work dirs count too): the program's verdict stands, its output is lost.
            LOG.info("sandbox {} was killed for memory along with its agent", id());
            return new ExecResult(-1, KILL_SIGNAL, 0, (System.nanoTime() - start) / 1000, 0,
                    java.util.Set.of(ExecFlag.OOM_KILLED), new byte[0], new byte[0],
                    "the sandbox was killed for memory; the program's output is lost");
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
