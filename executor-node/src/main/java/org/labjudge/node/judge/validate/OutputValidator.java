package org.labjudge.node.judge.validate;

import java.util.function.Supplier;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.protocol.TestCase;

/**
 * Judges a program's output on one test of a run; one instance serves all tests of one run and is closed
 * after the last.
 */
public interface OutputValidator extends AutoCloseable {

    /** The judgement of {@code output} (the program's whole stdout) on {@code test}, whose expected answer is given. */
    default ValidationOutcome validate(TestCase test, byte[] output) {
        return validate(Pass.first(test), output);
    }

    /** The judgement of {@code output} in one pass of a test (multi-pass problems run several). */
    ValidationOutcome validate(Pass pass, byte[] output);

    /**
     * Runs this validator interactively with the program: {@code program} starts the program joined to the
     * validator (its command made by {@link InteractiveWiring#programCommand}) and returns how it ended; the
     * validator runs meanwhile in its own sandbox, its wall clock {@code programWallMs} longer than its own limit
     * (it waits on the program by design).
     */
    Interaction interact(Pass pass, long programWallMs, Supplier<ExecResult> program);

    /** Releases what the validator holds (a sandbox, say). Never throws. */
    @Override
    void close();
}
