package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
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
 *
 * <p>{@code inputHash} and {@code expectedHash} ({@link BlobHash}es, {@code null} when left out) name the input and
 * the expected output by the blob the node holds in its store in place of the text itself: with {@code inputHash}
 * the {@code input} is left out (empty), with {@code expectedHash} {@code expected} is.
 */
public record TestCase(String name, String input, String expected,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> validatorFlags, CheckerSpec checker,
                       String inputHash, String expectedHash) {
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

    public TestCase(String name, String input, String expected, List<String> validatorFlags, CheckerSpec checker) {
        this(name, input, expected, validatorFlags, checker, null, null);
    }

    /** This test with its input and expected output given by blob hash in place of the text ({@code null}: kept as is). */
    public TestCase byHash(String newInputHash, String newExpectedHash) {
        return new TestCase(name, newInputHash == null ? input : "", newExpectedHash == null ? expected : null,
                validatorFlags, checker, newInputHash == null ? inputHash : newInputHash,
                newExpectedHash == null ? expectedHash : newExpectedHash);
    }

    /** This test with the text of its blobs in place of their hashes. */
    public TestCase withText(String newInput, String newExpected) {
        return new TestCase(name, newInput, newExpected, validatorFlags, checker, null, null);
    }

    /** Whether the expected output is given, as text or by hash: whether the output is judged. */
    public boolean hasExpected() {
        return expected != null || expectedHash != null;
    }

    /** One message per value problem of its checker and its hashes; empty when none. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(checker == null ? List.of() : checker.problems());
        String which = "test '" + (name == null ? "?" : name) + "': ";
        if (inputHash != null && !BlobHash.isValid(inputHash)) {
            problems.add(which + "inputHash must be a SHA-256 in 64 lowercase hex digits, got \"" + inputHash + "\"");
        }
        if (expectedHash != null && !BlobHash.isValid(expectedHash)) {
            problems.add(which + "expectedHash must be a SHA-256 in 64 lowercase hex digits, got \"" + expectedHash + "\"");
        }
        if (inputHash != null && !input.isEmpty()) {
            problems.add(which + "give input or inputHash, not both");
        }
        if (expectedHash != null && expected != null) {
            problems.add(which + "give expected or expectedHash, not both");
        }
        return List.copyOf(problems);
    }
}
