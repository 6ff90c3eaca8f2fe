package org.labjudge.node.judge.validate;

import org.labjudge.protocol.TestCase;

/**
 * One pass of a test: the whole test for most problems, one of several runs of a multi-pass problem's test.
 *
 * @param test the test (its answer and validator flags)
 * @param input what the program reads in this pass, and the validator's input file: the test's input in the
 *     first pass, the {@code nextpass.in} of the pass before after it
 * @param number 1 for the first pass, whose validator starts with an empty feedback directory; later passes keep
 *     the directory (less its {@code nextpass.in}), as the format asks
 */
public record Pass(TestCase test, String input, int number) {

    /** The first (often the only) pass of {@code test}. */
    public static Pass first(TestCase test) {
        return new Pass(test, test.input(), 1);
    }

    /** The pass after this one, fed {@code nextInput}. */
    public Pass next(String nextInput) {
        return new Pass(test, nextInput, number + 1);
    }

    boolean fresh() {
        return number == 1;
    }
}
