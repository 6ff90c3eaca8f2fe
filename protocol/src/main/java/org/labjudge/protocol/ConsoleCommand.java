package org.labjudge.protocol;

/**
 * One message a client sends on a console session ({@code /api/v1/console}, a WebSocket of JSON text messages):
 * {@code start} first and once, then any number of {@code input} (bytes for the program's stdin, as UTF-8 text:
 * a line the user typed, its newline included), one {@code endInput} (Ctrl+D: the program reads end of file) and
 * {@code stop} (kill it). Exactly one field is set.
 */
public record ConsoleCommand(ConsoleStart start, String input, Boolean endInput, Boolean stop) {

    public ConsoleCommand {
        int set = (start != null ? 1 : 0) + (input != null ? 1 : 0) + (Boolean.TRUE.equals(endInput) ? 1 : 0)
                + (Boolean.TRUE.equals(stop) ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException(
                    "a console message has exactly one of start, input, endInput: true and stop: true");
        }
        endInput = Boolean.TRUE.equals(endInput) ? true : null;
        stop = Boolean.TRUE.equals(stop) ? true : null;
    }

    public static ConsoleCommand start(ConsoleStart start) {
        return new ConsoleCommand(start, null, null, null);
    }

    public static ConsoleCommand input(String text) {
        return new ConsoleCommand(null, text, null, null);
    }

    public static ConsoleCommand endOfInput() {
        return new ConsoleCommand(null, null, true, null);
    }

    public static ConsoleCommand stopping() {
        return new ConsoleCommand(null, null, null, true);
    }
}
