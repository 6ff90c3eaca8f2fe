package org.labjudge.node.judge.validate;

import org.labjudge.protocol.TestCase;

/**
 * Judges a program's output on one test of a run; one instance serves all tests of one run and is closed
 * after the last.
 */
public interface OutputValidator extends AutoCloseable {

    /** The judgement of {@code output} (the program's whole stdout) on {@code test}, whose expected answer is given. */
    ValidationOutcome validate(TestCase test, byte[] output);

    /** Releases what the validator holds (a sandbox, say). Never throws. */
    @Override
    void close();
}
