package org.labjudge.node.judge.check;

import java.util.Objects;

/**
 * What a checker decided.
 *
 * @param accepted whether the output is accepted
 * @param message  for a rejection, one short line for the student saying where and how the output
 *                 differs (never more than about 80 characters of their output or the expected
 *                 one); empty when accepted
 */
public record CheckOutcome(boolean accepted, String message) {

    private static final CheckOutcome ACCEPTED = new CheckOutcome(true, "");

    public CheckOutcome {
        Objects.requireNonNull(message, "message");
    }

    public static CheckOutcome accept() {
        return ACCEPTED;
    }

    public static CheckOutcome reject(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a message");
        }
        return new CheckOutcome(false, message);
    }
}
