package org.labjudge.node.judge.validate;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.labjudge.node.judge.check.CheckOptions;
import org.labjudge.node.judge.check.CheckOutcome;
import org.labjudge.node.judge.check.Checker;
import org.labjudge.node.judge.check.Checkers;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.Verdict;

/**
 * The node's built-in checkers (the Kattis default validator's rules), run in the node itself: the run's
 * checker, or a test's own (its group's flags).
 */
final class DefaultValidator implements OutputValidator {
    private final Checker checker;

    DefaultValidator(CheckerSpec spec) {
        this.checker = checker(spec);
    }

    private static Checker checker(CheckerSpec spec) {
        return Checkers.of(spec.type(), CheckOptions.of(spec.caseSensitive(), spec.spaceChangeSensitive(),
                spec.floatAbsTolerance(), spec.floatRelTolerance()));
    }

    @Override
    public ValidationOutcome validate(Pass pass, byte[] output) {
        TestCase test = pass.test();
        Checker checker = test.checker() == null ? this.checker : checker(test.checker());
        CheckOutcome outcome = checker.check(test.expected(), new String(output, StandardCharsets.UTF_8));
        return outcome.accepted()
                ? new ValidationOutcome(Verdict.ACCEPTED, null, null, null)
                : new ValidationOutcome(Verdict.WRONG_ANSWER, outcome.message(), null, null);
    }

    @Override
    public Interaction interact(Pass pass, long programWallMs, Supplier<ExecResult> program) {
        // The request preparer lets only a custom validator be interactive.
        throw new IllegalStateException("the built-in checkers do not interact");
    }

    @Override
    public void close() {
        // nothing held
    }
}
