package org.labjudge.protocol;

/** Why a console session ended. Wire names: extend, never rename. */
public enum ConsoleEndReason {
    /** The program ended by itself (its exit code, or the signal that ended it, says how). */
    EXITED,
    /** The user stopped it ({@code stop}, or the client closed the session). */
    STOPPED,
    /** It went {@code idleSeconds} without input or output. */
    IDLE,
    /** A limit ended it: CPU time, memory, output, or the session's {@code totalSeconds}; the verdict says which. */
    LIMIT,
    /** It did not compile; {@code compile} came before the end. */
    COMPILATION_ERROR,
    /** The node did not start it as sent: a malformed or invalid start (the message says what); not retried. */
    REFUSED,
    /** The node cannot take it now (every slot busy past its wait bound, draining, its engine down): try another. */
    BUSY,
    /** The node or its sandbox failed, not the program. */
    INTERNAL_ERROR,
    /** The connection to the node broke (told by the client's side, never sent by a node). */
    NODE_LOST
}
