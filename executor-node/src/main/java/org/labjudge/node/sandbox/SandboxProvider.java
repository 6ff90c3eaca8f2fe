package org.labjudge.node.sandbox;

/** Makes sandboxes. The judge asks for one per run and closes it when done. */
public interface SandboxProvider {

    /** A ready sandbox; throws {@link SandboxException} when none can be made. */
    Sandbox open(SandboxSpec spec);

    /** Whether the engine behind the sandboxes answers now. */
    boolean available();
}
