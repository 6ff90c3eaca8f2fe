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
  */
public record SandboxSpec(
        String image, int memoryMb, int processes, double cpus, int workDirMb, int tmpDirMb, String cpuset) {

    public SandboxSpec {
        if (image == null || image.isBlank()) {
            throw new IllegalArgumentException("image is required");
        }
        if (memoryMb <= 0 || processes <= 0 || cpus <= 0 || workDirMb <= 0 || tmpDirMb <= 0) {
            throw new IllegalArgumentException("sandbox limits must be positive");
        }
        cpuset = cpuset == null ? "" : cpuset;
    }

    /** A sandbox on any core. */
    public SandboxSpec(String image, int memoryMb, int processes, double cpus, int workDirMb, int tmpDirMb) {
        this(image, memoryMb, processes, cpus, workDirMb, tmpDirMb, "");
    }

    /** This spec on the cores {@code cores} ({@code ""}: any). */
    public SandboxSpec withCpuset(String cores) {
        return new SandboxSpec(image, memoryMb, processes, cpus, workDirMb, tmpDirMb, cores);
    }
}
