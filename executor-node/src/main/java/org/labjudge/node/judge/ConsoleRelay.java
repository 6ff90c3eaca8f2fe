package org.labjudge.node.judge;

/** Where a relayed console session's input goes ({@link ConsoleSession#relayedTo}): the session on a node further on. */
public interface ConsoleRelay {
    /** Text the user typed, for the program's stdin. */
    void type(String text);

    /** End of input (Ctrl+D). */
    void endInput();

    /** Kill the program. */
    void stop();
}
