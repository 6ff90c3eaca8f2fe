package org.labjudge.node.sandbox;

import java.util.Objects;

/**
 * A sandbox that passes every call on to another one. Subclasses override only the calls they
 * watch or change, as a pool's lease or a test's recorder does.
 */
public abstract class ForwardingSandbox implements Sandbox {
    private final Sandbox delegate;

    protected ForwardingSandbox(Sandbox delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The sandbox the calls go to. */
    protected final Sandbox delegate() {
        return delegate;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public void writeFile(String name, byte[] content, boolean executable) {
        delegate.writeFile(name, content, executable);
    }

    @Override
    public ExecResult execute(ExecRequest request) {
        return delegate.execute(request);
    }

    @Override
    public ExecResult executeLive(ExecRequest request, LiveInput input, LiveOutput output) {
        return delegate.executeLive(request, input, output);
    }

    @Override
    public void setLimits(int memoryMb, int processes) {
        delegate.setLimits(memoryMb, processes);
    }

    @Override
    public void pin(String cpuset) {
        delegate.pin(cpuset);
    }

    @Override
    public String cpuset() {
        return delegate.cpuset();
    }

    @Override
    public boolean alive() {
        return delegate.alive();
    }

    @Override
    public void reset() {
        delegate.reset();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void kill() {
        delegate.kill();
    }
}
