package org.labjudge.protocol;

import java.util.List;
import java.util.Objects;

/** The judgement of one test, of a compilation or of a whole run; serialized by its name. */
public enum Verdict {
    /** Exit status 0 and no expected output to compare with. */
    OK,
    /** The output matched the expected output. */
    ACCEPTED,
    WRONG_ANSWER,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    OUTPUT_LIMIT_EXCEEDED,
    RUNTIME_ERROR,
    COMPILATION_ERROR,
    /** Not run, because an earlier test failed and the request asked to stop on the first failure. */
    SKIPPED,
    /** The node failed (not the program); the run may be retried elsewhere. */
    INTERNAL_ERROR,
    /**
     * The problem's own output validator failed (crashed, timed out, or exited with neither 42 nor 43):
     * a fault of the problem package, never blamed on the program; another node would judge it the same.
     */
    JUDGE_ERROR;

    /** Whether this verdict counts as success: {@link #OK} or {@link #ACCEPTED}. */
    public boolean passed() {
        return this == OK || this == ACCEPTED;
    }

    /**
     * The verdict of a run from its tests' verdicts, in test order: the first that did not pass,
     * else {@link #ACCEPTED} if any test was accepted, else {@link #OK} (also for no tests).
     */
    public static Verdict overall(List<Verdict> testVerdicts) {
        Objects.requireNonNull(testVerdicts, "testVerdicts");
        boolean accepted = false;
        for (Verdict verdict : testVerdicts) {
            Objects.requireNonNull(verdict, "a test verdict");
            if (!verdict.passed()) {
                return verdict;
            }
            accepted |= verdict == ACCEPTED;
        }
        return accepted ? ACCEPTED : OK;
    }
}
