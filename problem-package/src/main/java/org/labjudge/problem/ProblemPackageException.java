package org.labjudge.problem;

/**
 * A problem package that cannot be loaded. The message names the file and the problem, e.g.
 * {@code "hello/problem.yaml: limits.time_multiplier: expected a number, got 'fast'"}.
 */
public final class ProblemPackageException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProblemPackageException(String message) {
        super(message);
    }

    public ProblemPackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
