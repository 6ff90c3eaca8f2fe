package org.labjudge.protocol;

/**
 * One message a node sends on a console session: {@code started} once the program runs, {@code stdout} text as the
 * program prints it (its stdout and stderr are one terminal, as in a console, so this is both, in the order
 * printed), {@code compile} when a compiled program fails to compile, and {@code end} last, after which the node
 * closes the session. Exactly one field is set.
 */
public record ConsoleEvent(ConsoleStarted started, String stdout, CompileResult compile, ConsoleEnd end) {

    public ConsoleEvent {
        int set = (started != null ? 1 : 0) + (stdout != null ? 1 : 0) + (compile != null ? 1 : 0)
                + (end != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a console event has exactly one of started, stdout, compile and end");
        }
    }

    public static ConsoleEvent started(ConsoleStarted started) {
        return new ConsoleEvent(started, null, null, null);
    }

    public static ConsoleEvent stdout(String text) {
        return new ConsoleEvent(null, text, null, null);
    }

    public static ConsoleEvent compile(CompileResult compile) {
        return new ConsoleEvent(null, null, compile, null);
    }

    public static ConsoleEvent end(ConsoleEnd end) {
        return new ConsoleEvent(null, null, null, end);
    }

    /** Whether this is the last event of its session. */
    public boolean last() {
        return end != null;
    }
}
