package org.labjudge.node.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes the sandbox containers that carry this node's label and no sandbox of this node uses. */
public final class ContainerJanitor {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerJanitor.class);

    private final DockerClient docker;
    private final SandboxLabels labels;
    private final LiveContainers live;

    /** A janitor that leaves the containers in {@code live} (the node's sandboxes in use) alone. */
    public ContainerJanitor(DockerClient docker, SandboxLabels labels, LiveContainers live) {
        this.docker = docker;
        this.labels = labels;
        this.live = live;
    }

    /** A janitor of a node that has made no sandbox: every container with its label is a leftover. */
    public ContainerJanitor(DockerClient docker, SandboxLabels labels) {
        this(docker, labels, new LiveContainers());
    }

    /** Lists this node's sandbox containers, running or not. */
    public List<String> leftovers() {
        List<Container> containers = docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(java.util.Map.of(
                        SandboxLabels.ROLE, SandboxLabels.SANDBOX, SandboxLabels.NODE, labels.nodeId()))
                .exec();
        return containers.stream().map(Container::getId).toList();
    }

    /** Names of this node's pipe links (the volumes of interactive runs) still there. */
    public List<String> leftoverLinks() {
        var volumes = docker.listVolumesCmd().withFilter("label",
                List.of(SandboxLabels.ROLE + "=" + SandboxLabels.SANDBOX, SandboxLabels.NODE + "=" + labels.nodeId()))
                .exec().getVolumes();
        return volumes == null ? List.of() : volumes.stream().map(v -> v.getName()).toList();
    }

    private void removeLeftoverLinks() {
        for (String link : leftoverLinks()) {
            try {
                docker.removeVolumeCmd(link).exec();
            } catch (RuntimeException e) {
                LOG.warn("could not remove leftover pipe link {}: {}", link, e.toString());
            }
        }
    }

    /**
     * Removes every container of this node that none of its sandboxes uses; returns how many went. For an engine
     * that answers again: runs in flight keep their containers.
     */
    public int removeLeftovers() {
        return remove(live.unused(this::leftovers));
    }

    /** Removes every container of this node, in use or not: for a node that stops or never started. */
    public int removeAll() {
        return remove(leftovers());
    }

    private int remove(List<String> ids) {
        int removed = 0;
        for (String id : ids) {
            try {
                docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
                removed++;
            } catch (RuntimeException e) {
                LOG.warn("could not remove leftover container {}: {}", id, e.toString());
            }
        }
        if (removed > 0) {
            LOG.info("removed {} sandbox container(s) left by an earlier run of node {}", removed, labels.nodeId());
        }
        removeLeftoverLinks();
        return removed;
    }
}
