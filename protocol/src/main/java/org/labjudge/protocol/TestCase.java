package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One test of a run: the program is fed {@code input} on stdin and its stdout is compared with
 * {@code expected} by the request's checker. Without {@code expected} nothing is compared and the
 * verdict is {@link Verdict#OK} when the program exits with status 0. A missing {@code input} is
 * empty input; a missing {@code name} is left to the node (which names the test by its 1-based position).
 * {@code validatorFlags} are the extra arguments of the request's custom {@link ValidatorSpec validator}
 * for this test (the package's {@code validator_flags} and its group's); none when left out
 * (and not written when empty). {@code checker}, when given, judges this test in place of the request's (a
 * test group's own {@code output_validator_flags} for the default validator); {@code null} when left out.
 */
public record TestCase(String name, String input, String expected,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> validatorFlags, CheckerSpec checker) {
    public TestCase {
        input = input == null ? "" : input;
        validatorFlags = Checks.list("validatorFlags", validatorFlags);
    }

    public TestCase(String name, String input, String expected) {
        this(name, input, expected, null, null);
    }

    public TestCase(String name, String input, String expected, List<String> validatorFlags) {
        this(name, input, expected, validatorFlags, null);
    }

    /** One message per value problem of its checker; empty when none. */
    public List<String> problems() {
        return checker == null ? List.of() : checker.problems();
    }
}
