package org.labjudge.protocol;

/**
 * One test of a run: the program is fed {@code input} on stdin and its stdout is compared with
 * {@code expected} by the request's checker. Without {@code expected} nothing is compared and the
 * verdict is {@link Verdict#OK} when the program exits with status 0. A missing {@code input} is
 * empty input; a missing {@code name} is left to the node (which names the test by its 1-based position).
 */
public record TestCase(String name, String input, String expected) {
    public TestCase {
        input = input == null ? "" : input;
    }
}
