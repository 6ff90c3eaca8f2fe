package org.labjudge.app.grade;

/**
 * One student's line in a grading report: the overall verdict ({@code ACCEPTED}, {@code WRONG_ANSWER}, ...,
 * or {@code NOT_JUDGED} when the submission could not be run and {@code error} says why), how many tests
 * passed, the slowest test's CPU time and the node that judged it.
 */
public record GradeRow(String student, String file, String verdict, int testsPassed, int testsTotal, long maxTimeMs,
                       String node, String error) {

    /** The verdict of a submission that was not judged. */
    public static final String NOT_JUDGED = "NOT_JUDGED";

    public boolean accepted() {
        return "ACCEPTED".equals(verdict);
    }

    public boolean judged() {
        return !NOT_JUDGED.equals(verdict);
    }
}
