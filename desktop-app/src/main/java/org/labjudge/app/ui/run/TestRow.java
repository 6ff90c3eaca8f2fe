package org.labjudge.app.ui.run;

import java.util.Arrays;
import org.labjudge.app.grade.Scores;
import org.labjudge.problem.SampleInteraction;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;

/**
 * A row of the results table: a test's result and the test it ran. A secret test's data never reaches the
 * screen: not its input or expected output, not the checker's message (which quotes the expected output), and
 * not the program's output on it (which may echo the input); only its verdict, time and memory, and a
 * validator's feedback, which is written for the student. In an interactive problem ({@code interactive}) the
 * program's output went to the interactor and the format keeps a sample's input from the student: such a row
 * shows the sample's {@code dialogue} ({@code null} when the package has none for it) instead of a diff.
 */
public record TestRow(TestResult result, TestCase test, boolean secret, boolean interactive,
                      SampleInteraction dialogue) {

    /** How many of stderr's last lines the note shows (a traceback's last line says what went wrong). */
    static final int STDERR_LINES = 5;

    /** A row of a batch problem's test. */
    public TestRow(TestResult result, TestCase test, boolean secret) {
        this(result, test, secret, false, null);
    }

    /** The verdict as the student reads it, with the passes of a multi-pass test ("Accepted, 2 passes"). */
    public String verdictText() {
        String verdict = VerdictStyles.label(result.verdict());
        Integer passes = result.passes();
        return passes == null ? verdict : verdict + ", " + passes + (passes == 1 ? " pass" : " passes");
    }

    public String name() {
        return result.name();
    }

    /** The test's score in a scored run ({@code 10}); empty for a test in no group (a sample) and when unscored. */
    public String scoreText() {
        return result.score() == null ? "" : Scores.format(result.score());
    }

    /** The validator's feedback ({@code teammessage.txt}) on one line, for the table; empty when it wrote none. */
    public String feedbackLine() {
        return result.feedback() == null ? "" : result.feedback().strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    /** The program's output as it may be shown: empty for a secret test. */
    public String shownOutput() {
        return secret || result.stdout() == null ? "" : result.stdout();
    }

    /** The line under the diff: the checker's message and the end of stderr, or for a secret test only feedback. */
    public String note() {
        String feedback = result.feedback() == null || result.feedback().isBlank() ? ""
                : "Feedback: " + result.feedback().strip();
        if (secret) {
            return feedback;
        }
        String message = result.message() == null ? "" : result.message().strip();
        if (!feedback.isEmpty() && message.equalsIgnoreCase(result.feedback().strip())) {
            message = ""; // the node's message repeats the feedback
        }
        String stderr = result.stderr() == null || result.stderr().isBlank() ? "" : "stderr: " + lastLines(result.stderr());
        // An interactor's feedback is all a student learns of the exchange: it comes first.
        String[] parts = interactive ? new String[] {feedback, message, stderr} : new String[] {message, feedback, stderr};
        return String.join("\n", Arrays.stream(parts).filter(s -> !s.isEmpty()).toList());
    }

    private static String lastLines(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length <= STDERR_LINES ? text.strip()
                : "\u2026\n" + String.join("\n", Arrays.copyOfRange(lines, lines.length - STDERR_LINES, lines.length));
    }
}
