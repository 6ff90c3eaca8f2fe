package org.labjudge.node.judge.check;

/**
 * Compares a program's output with the expected output of a test. Implementations are immutable
 * and thread-safe, and work in time linear in the size of both texts.
 */
@FunctionalInterface
public interface Checker {

    /**
     * @param expected the expected output (answer file), not null
     * @param actual   what the program printed, not null
     * @return the decision, with a short explanation when rejected
     */
    CheckOutcome check(String expected, String actual);
}
