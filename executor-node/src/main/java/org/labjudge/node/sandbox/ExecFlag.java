package org.labjudge.node.sandbox;

import java.util.EnumSet;
import java.util.Set;

/** What the sandbox agent observed about one execution, beyond its exit status. */
public enum ExecFlag {
    /** The processes used more CPU time than allowed and were killed. */
    CPU_LIMIT(1),
    /** The execution ran longer than its wall-clock limit and was killed. */
    WALL_LIMIT(2),
    /** stdout or stderr went past its cap; the program was killed. */
    OUTPUT_LIMIT(4),
    /** The kernel's OOM killer killed a process of the sandbox during the execution. */
    OOM_KILLED(8),
    /** The command could not be started at all (missing binary, not executable). */
    START_FAILED(16),
    /** CPU time was measured for the whole sandbox by its cgroup, not only the main process. */
    CPU_FROM_CGROUP(32),
    /** A fork failed because the sandbox's process limit was reached (a fork bomb, say). */
    PROCESS_LIMIT(64),
    /** A live execution was stopped from outside (the user's stop, or the node's idle limit). */
    STOPPED(128);

    private final int bit;

    ExecFlag(int bit) {
        this.bit = bit;
    }

    /** Decodes the agent's bit set. */
    public static Set<ExecFlag> fromBits(int bits) {
        Set<ExecFlag> flags = EnumSet.noneOf(ExecFlag.class);
        for (ExecFlag flag : values()) {
            if ((bits & flag.bit) != 0) {
                flags.add(flag);
            }
        }
        return flags;
    }
}
