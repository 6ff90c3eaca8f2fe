package org.labjudge.app.grade;

import java.util.List;

/**
 * One student's line in a grading report. {@code verdict} is the run's overall verdict ({@code ACCEPTED},
 * {@code WRONG_ANSWER}, {@code COMPILATION_ERROR}, ...), {@link #NOT_JUDGED} when nothing could be judged, or
 * {@link #MISSING} for a student of the roster who handed nothing in; {@code error} says why when nothing was
 * judged, and holds the compiler's message after a compilation error. {@code score} out of {@code maxScore}
 * is the scoring problem's total, or the weighted share of tests passed of a pass/fail problem; {@code groups}
 * are the scores that make it up, {@code tests} one cell per test of the problem (in the problem's order),
 * {@code firstFailure} the first test that did not pass ({@code null} when none). {@code cached}: the whole
 * result came from earlier grades (no test of it was judged now).
 */
public record GradeRow(String student, String file, String language, Arrival arrival, String verdict,
                       int testsPassed, int testsTotal, long maxTimeMs, String node, String error, double score,
                       double maxScore, List<GroupScore> groups, List<TestCell> tests, FailedTest firstFailure,
                       boolean cached) {

    /** The verdict of a submission that was not judged. */
    public static final String NOT_JUDGED = "NOT_JUDGED";
    /** The verdict of a roster student without a submission. */
    public static final String MISSING = "MISSING";

    public GradeRow {
        groups = groups == null ? List.of() : List.copyOf(groups);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    public boolean accepted() {
        return "ACCEPTED".equals(verdict);
    }

    /** Whether a node judged it (a cached judgement counts). */
    public boolean judged() {
        return !NOT_JUDGED.equals(verdict) && !MISSING.equals(verdict);
    }

    /** Whether the submission failed to compile. */
    public boolean compileFailed() {
        return "COMPILATION_ERROR".equals(verdict);
    }

    /**
     * The one line of {@code error} a table shows: for a compiler's message its first line that names an
     * error (GCC opens with "In function ..."), else its first line; {@code null} when there is no error.
     */
    public String errorHeadline() {
        if (error == null) {
            return null;
        }
        List<String> lines = error.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (compileFailed()) {
            for (String line : lines) {
                if (line.toLowerCase(java.util.Locale.ROOT).contains("error")) {
                    return line;
                }
            }
        }
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** When a submission arrived: by the due time, after it, or not at all. */
    public enum Arrival { ON_TIME, LATE, MISSING }

    /** One group's share of the score: {@code passed} of {@code tests} tests, {@code score} of {@code maxScore}. */
    public record GroupScore(String name, String verdict, double score, double maxScore, int passed, int tests) {
    }

    /**
     * One cell of the student-by-test matrix. {@code score} is {@code null} when the test is not scored,
     * {@code passes} when the problem is not multi-pass.
     */
    public record TestCell(String name, String verdict, long timeMs, Double score, Integer passes) {
    }

    /**
     * The first test that did not pass: its input and expected output, and what the program did. {@code feedback}
     * and {@code judgeMessage} are a custom validator's {@code teammessage.txt} and {@code judgemessage.txt} (the
     * report is the teacher's, so both), {@code passes} the passes a multi-pass test ran. {@code interactive}: the
     * program talked with the problem's interactor, so {@code actual} is empty (its output went to the
     * interactor) and {@code input} and {@code expected} are the interactor's files.
     */
    public record FailedTest(String name, String verdict, String input, String expected, String actual,
                             String stderr, String message, String feedback, String judgeMessage, Integer passes,
                             boolean interactive) {
    }
}
