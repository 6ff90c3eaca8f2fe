package org.labjudge.node.judge.validate;

import org.labjudge.protocol.Verdict;

/**
 * How an output validator judged one test's output.
 *
 * @param verdict {@link Verdict#ACCEPTED}, {@link Verdict#WRONG_ANSWER}, or {@link Verdict#JUDGE_ERROR}
 *     when the validator itself failed
 * @param message why, for the student; {@code null} when accepted without remark
 * @param feedback the validator's {@code teammessage.txt}, shown to the student; {@code null} when none
 * @param judgeMessage the validator's {@code judgemessage.txt} (and, on a judge error, what went wrong),
 *     for the teacher only; {@code null} when none
 * @param score the number in the validator's {@code score.txt} when it accepted: the test's score in a scoring
 *     problem in place of its group's {@code accept_score}; {@code null} when none
 * @param nextPass the {@code nextpass.in} an accepting multi-pass validator wrote: the next pass's input;
 *     {@code null} when none (the test ends with this pass)
 */
public record ValidationOutcome(Verdict verdict, String message, String feedback, String judgeMessage,
                                Double score, String nextPass) {

    public ValidationOutcome(Verdict verdict, String message, String feedback, String judgeMessage) {
        this(verdict, message, feedback, judgeMessage, null, null);
    }

    public ValidationOutcome(Verdict verdict, String message, String feedback, String judgeMessage, Double score) {
        this(verdict, message, feedback, judgeMessage, score, null);
    }

    public static ValidationOutcome judgeError(String judgeMessage) {
        return new ValidationOutcome(Verdict.JUDGE_ERROR,
                "the problem's output validator failed; this is not your program's fault", null, judgeMessage);
    }
}
