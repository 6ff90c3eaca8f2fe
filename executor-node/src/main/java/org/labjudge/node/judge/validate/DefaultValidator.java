package org.labjudge.node.judge.validate;

import java.nio.charset.StandardCharsets;
import org.labjudge.node.judge.check.CheckOptions;
import org.labjudge.node.judge.check.CheckOutcome;
import org.labjudge.node.judge.check.Checker;
import org.labjudge.node.judge.check.Checkers;
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
    public ValidationOutcome validate(TestCase test, byte[] output) {
        Checker checker = test.checker() == null ? this.checker : checker(test.checker());
        CheckOutcome outcome = checker.check(test.expected(), new String(output, StandardCharsets.UTF_8));
        return outcome.accepted()
                ? new ValidationOutcome(Verdict.ACCEPTED, null, null, null)
                : new ValidationOutcome(Verdict.WRONG_ANSWER, outcome.message(), null, null);
    }

    @Override
    public void close() {
        // nothing held
    }
}
