package org.labjudge.node.sandbox;

/**
  * A prepared, isolated environment with a work directory, in which commands run one at a time.
  * Implementations must make {@link #reset()} leave nothing of earlier executions behind.
  */
public interface Sandbox extends AutoCloseable {

    /** A short identifier for logs (a container id, say). */
    String id();

    /** Writes a file into the work directory; {@code name} is a plain file name. */
    void writeFile(String name, byte[] content, boolean executable);

    /** Runs a command to completion, within the request's limits. */
    ExecResult execute(ExecRequest request);

    /** Changes the memory and process limits, for example between compiling and running. */
    void setLimits(int memoryMb, int processes);

    /** Whether the sandbox still answers; one that does not must be closed. */
    boolean alive();

    /** Kills every process and empties the work and temporary directories. */
    void reset();

    /** Destroys the sandbox and everything in it. Never throws. */
    @Override
    void close();
}
