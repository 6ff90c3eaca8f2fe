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

    /**
     * Runs a command live, within the request's limits: its stdin and stdout are a terminal, what it prints goes
     * to {@code output} as it prints it, and {@code input} reaches it while it runs; the request's stdin is
     * typed before anything else. The result carries no output (it went to {@code output}).
     *
     * @throws SandboxException when this sandbox cannot run live (an agent older than protocol 2)
     */
    ExecResult executeLive(ExecRequest request, LiveInput input, LiveOutput output);

    /** Changes the memory and process limits, for example between compiling and running. */
    void setLimits(int memoryMb, int processes);

    /**
     * Moves the sandbox, and every process it will run, onto the cores {@code cpuset} (as the engine writes
     * them, {@code "1"}); {@code ""} leaves it where it is. The node pins each slot's runs to that slot's core.
     */
    void pin(String cpuset);

    /** The cores the sandbox is pinned to, {@code ""} when it is on any. */
    String cpuset();

    /** Whether the sandbox still answers; one that does not must be closed. */
    boolean alive();

    /** Kills every process and empties the work and temporary directories. */
    void reset();

    /** Destroys the sandbox and everything in it. Never throws. */
    @Override
    void close();

    /**
     * Kills what runs in it now by destroying it, from any thread (a run whose client went away): the execution in
     * progress fails, and the sandbox is never used again. Never throws.
     */
    default void kill() {
        close();
    }
}
