package org.labjudge.app.cli;

/**
 * Input a command cannot use: {@link LabJudgeMain} prints the message and exits with
 * {@link LabJudgeMain#EXIT_USAGE}.
 */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
