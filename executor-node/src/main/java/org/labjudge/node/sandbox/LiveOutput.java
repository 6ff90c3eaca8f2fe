package org.labjudge.node.sandbox;

/** Hears a live execution's output as the program prints it, on the thread that runs the execution. */
public interface LiveOutput {
    void stdout(byte[] chunk);

    void stderr(byte[] chunk);
}
