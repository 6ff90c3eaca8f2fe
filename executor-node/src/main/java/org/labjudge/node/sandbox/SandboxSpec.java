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
  */
public record SandboxSpec(
        String image, int memoryMb, int processes, double cpus, int workDirMb, int tmpDirMb) {

    public SandboxSpec {
        if (image == null || image.isBlank()) {
            throw new IllegalArgumentException("image is required");
        }
        if (memoryMb <= 0 || processes <= 0 || cpus <= 0 || workDirMb <= 0 || tmpDirMb <= 0) {
            throw new IllegalArgumentException("sandbox limits must be positive");
        }
    }
}
