package org.labjudge.node.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.StreamType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
  * Makes sandboxes as Docker containers locked down by {@link ContainerRules}, with a label naming
  * this node so that leftovers of a crashed node are found and removed.
  */
public final class DockerSandboxProvider implements SandboxProvider {
    private static final Logger LOG = LoggerFactory.getLogger(DockerSandboxProvider.class);

    private final DockerClient docker;
    private final EngineProbe probe;
    private final SandboxLabels labels;
    private final SandboxRuntime runtime;
    private final LiveContainers live = new LiveContainers();
    /** The agent's cgroup mode when it sees none: under gVisor, whose kernel has no /sys/fs/cgroup. */
    private static final String AGENT_SEES_NO_CGROUP = "none";

    /**
      * @param docker the client sandboxes are made and attached with (no response timeout)
      * @param probe tells whether the engine answers, for {@link #available()}
      * @param runtime the engine's runtime the containers run under
      */
    public DockerSandboxProvider(DockerClient docker, EngineProbe probe, SandboxLabels labels,
            SandboxRuntime runtime) {
        this.docker = docker;
        this.probe = probe;
        this.labels = labels;
        this.runtime = runtime;
    }

    /** Containers under the engine's default runtime. */
    public DockerSandboxProvider(DockerClient docker, EngineProbe probe, SandboxLabels labels) {
        this(docker, probe, labels, new SandboxRuntime(""));
    }

    /** The containers of the sandboxes this provider made and that are not closed yet. */
    public LiveContainers live() {
        return live;
    }

    @Override
    public boolean available() {
        return probe.answers();
    }

    @Override
    public Sandbox open(SandboxSpec spec) {
        String containerId = create(spec);
        ByteQueue toAgent = new ByteQueue();
        ByteQueue fromAgent = new ByteQueue();
        AttachCallback callback = new AttachCallback(fromAgent, containerId);
        try {
            docker.attachContainerCmd(containerId)
                    .withStdIn(toAgent.source())
                    .withStdOut(true)
                    .withStdErr(true)
                    .withFollowStream(true)
                    .exec(callback);
            if (!awaitAttached(callback)) {
                throw new SandboxException("could not attach to sandbox container " + containerId);
            }
            docker.startContainerCmd(containerId).exec();
            AgentClient agent = new AgentClient(fromAgent.source(), toAgent.sink(), fromAgent::readDeadline);
            DockerSandbox sandbox = new DockerSandbox(docker, containerId, agent, callback, toAgent, spec, runtime,
                    live);
            try {
                if (AGENT_SEES_NO_CGROUP.equals(agent.ping())) {
                    hostCgroup(containerId).ifPresent(sandbox::readCgroupFromHost);
                }
            } catch (RuntimeException e) {
                // Said before the container goes: the evidence of why a fresh agent never answered.
                SandboxException told = new SandboxException(e.getMessage() + " (at its start: " + stateOf(containerId)
                        + callback.ending() + ")", e);
                sandbox.close();
                throw told;
            }
            return sandbox;
        } catch (RuntimeException e) {
            toAgent.close();
            closeQuietly(callback);
            removeQuietly(containerId);
            DockerSandbox.removeLink(docker, spec.link());
            throw e instanceof SandboxException se
                    ? se
                    : new SandboxException("cannot start a sandbox from " + spec.image() + ": " + e.getMessage(), e);
        }
    }

    /** The engine's record of a container's state, in brief. */
    private String stateOf(String containerId) {
        try {
            var state = docker.inspectContainerCmd(containerId).exec().getState();
            return "container " + state.getStatus() + ", exit code " + state.getExitCodeLong() + ", OOM killed "
                    + state.getOOMKilled() + (state.getError() == null || state.getError().isEmpty() ? ""
                    : ", engine error " + state.getError());
        } catch (RuntimeException e) {
            return "container not inspectable: " + e.getMessage();
        }
    }

    /** The container's cgroup on the host, from its main process (gVisor's sandbox process under runsc). */
    private java.util.Optional<HostCgroup> hostCgroup(String containerId) {
        Long pid = docker.inspectContainerCmd(containerId).exec().getState().getPidLong();
        java.util.Optional<HostCgroup> cgroup = HostCgroup.ofProcess(pid == null ? -1 : pid);
        if (cgroup.isEmpty()) {
            // A node in another container than the engine's (a Kubernetes pod) cannot see the host's /proc.
            LOG.warn("sandbox agent sees no cgroup and /proc/{}/cgroup is not readable here: OOM kills and refused"
                    + " forks are not counted, and CPU time is gVisor's own figure (clock time)", pid);
        }
        return cgroup;
    }

    private String create(SandboxSpec spec) {
        HostConfig host = ContainerRules.hostConfig(spec);
        if (!runtime.name().isEmpty()) {
            host.withRuntime(runtime.name()).withPidsLimit(runtime.pidsLimit(spec.processes()));
        }
        if (spec.link() != null) {
            createLink(spec.link());
            host = host.withMounts(List.of(new Mount().withType(MountType.VOLUME).withSource(spec.link())
                    .withTarget(PipeLink.MOUNT)));
        }
        try {
            HostConfig config = host;
            return live.created(() -> docker.createContainerCmd(spec.image())
                    .withLabels(labels.forNewSandbox())
                    .withUser(ContainerRules.AGENT_USER)
                    .withWorkingDir(ContainerRules.WORK_DIR)
                    .withEntrypoint(ContainerRules.AGENT)
                    .withCmd(ContainerRules.agentArguments())
                    .withAttachStdin(true)
                    .withAttachStdout(true)
                    .withAttachStderr(true)
                    .withStdinOpen(true)
                    .withStdInOnce(false)
                    .withTty(false)
                    .withNetworkDisabled(true)
                    .withHostConfig(config)
                    .exec().getId());
        } catch (RuntimeException e) {
            throw new SandboxException("cannot create a sandbox from " + spec.image() + ": " + e.getMessage(), e);
        }
    }

    /** The link's volume: tmpfs, small, owned by the sandboxes' user; a second create of the same name is a no-op. */
    private void createLink(String name) {
        String[] user = ContainerRules.USER.split(":");
        try {
            docker.createVolumeCmd().withName(name).withDriver("local")
                    .withLabels(labels.forNewSandbox())
                    .withDriverOpts(Map.of("type", "tmpfs", "device", "tmpfs",
                            "o", "size=" + PipeLink.SIZE + ",uid=" + user[0] + ",gid=" + user[1]
                                    + ",mode=0700,nosuid,nodev,noexec"))
                    .exec();
        } catch (RuntimeException e) {
            throw new SandboxException("cannot create the pipe link " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean awaitAttached(AttachCallback callback) {
        try {
            return callback.awaitStarted(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while attaching to a sandbox", e);
        }
    }

    private void removeQuietly(String containerId) {
        live.gone(containerId);
        try {
            docker.removeContainerCmd(containerId).withForce(true).exec();
        } catch (RuntimeException e) {
            LOG.warn("could not remove sandbox container {}: {}", containerId, e.toString());
        }
    }

    private static void closeQuietly(AttachCallback callback) {
        try {
            callback.close();
        } catch (Exception e) {
            LOG.debug("closing an attachment: {}", e.toString());
        }
    }

    /** Feeds the agent's stdout into the queue the agent client reads; logs its stderr. */
    private static final class AttachCallback extends ResultCallback.Adapter<Frame> {
        private final ByteQueue fromAgent;
        private final String containerId;
        private volatile String ended = "";

        AttachCallback(ByteQueue fromAgent, String containerId) {
            this.fromAgent = fromAgent;
            this.containerId = containerId;
        }

        @Override
        public void onNext(Frame frame) {
            byte[] payload = frame.getPayload();
            if (frame.getStreamType() == StreamType.STDERR) {
                LOG.warn("sandbox agent of {}: {}", containerId.substring(0, 12), new String(payload, java.nio.charset.StandardCharsets.UTF_8).strip());
            } else if (payload != null) {
                // Copied: docker-java reuses a frame's buffer for the next full-size frame.
                fromAgent.write(payload, 0, payload.length);
            }
        }

        /** How the attachment ended ("" while it lasts), for a sandbox that stopped answering. */
        String ending() {
            return ended;
        }

        @Override
        public void onError(Throwable throwable) {
            ended = "; the attachment ended with " + throwable;
            LOG.debug("sandbox attachment ended: {}", throwable.toString());
            fromAgent.close();
        }

        @Override
        public void onComplete() {
            ended = "; the engine ended the attachment";
            fromAgent.close();
        }
    }
}
