package org.labjudge.node.judge.validate;

import org.labjudge.node.sandbox.ExecResult;

/**
 * How one pass of an interactive problem went: the program's own run, the validator's judgement, and whether the
 * validator ended while the program still ran (which decides whether its rejection wins over the program's own
 * failure: a program that errs after being told it is wrong is wrong, not crashed). {@code program} is
 * {@code null} when the program did not run because the validator could not (it did not build, say).
 */
public record Interaction(ExecResult program, ValidationOutcome outcome, boolean validatorFirst) {
}
