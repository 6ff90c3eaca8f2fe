package org.labjudge.node.sandbox;

/**
  * How to prepare a sandbox.
  *
  * @param image the runtime image holding the language's toolchain and the agent
  * @param memoryMb memory for all its processes together (no swap on top)
  * @param processes most processes and threads at once
  * @param cpus CPU cores it may use at once
  * @param workDirMb size of the writable work directory
  * @param tmpDirMb size of the writable /tmp
  * @param cpuset the cores its processes run on, as the engine writes them ({@code "1"}, {@code "0-3"}); empty: any
  * @param link the name of a {@link PipeLink} this sandbox shares with another, mounted at
  *     {@link PipeLink#MOUNT} (an interactive problem's program and validator); {@code null} for none
  */
public record SandboxSpec(String image, int memoryMb, int processes, double cpus, int workDirMb, int tmpDirMb,
        String cpuset, String link) {

    public SandboxSpec {
        if (image == null || image.isBlank()) {
            throw new IllegalArgumentException("image is required");
        }
        if (memoryMb <= 0 || processes <= 0 || cpus <= 0 || workDirMb <= 0 || tmpDirMb <= 0) {
            throw new IllegalArgumentException("sandbox limits must be positive");
        }
        cpuset = cpuset == null ? "" : cpuset;
        if (link != null && !PipeLink.validName(link)) {
            throw new IllegalArgumentException("not a link name: " + link);
        }
    }

    /** A sandbox on any core, sharing nothing. */
    public SandboxSpec(String image, int memoryMb, int processes, double cpus, int workDirMb, int tmpDirMb) {
        this(image, memoryMb, processes, cpus, workDirMb, tmpDirMb, "", null);
    }

    /** This spec on the cores {@code cores} ({@code ""}: any). */
    public SandboxSpec withCpuset(String cores) {
        return new SandboxSpec(image, memoryMb, processes, cpus, workDirMb, tmpDirMb, cores, link);
    }

    /** This spec sharing the link {@code newLink}. */
    public SandboxSpec withLink(String newLink) {
        return new SandboxSpec(image, memoryMb, processes, cpus, workDirMb, tmpDirMb, cpuset, newLink);
    }
}
