package org.labjudge.node.judge;

/** Names of the Linux signals a program may die of (x86-64 and arm64 numbering). */
final class Signals {
    private static final String[] NAMES = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
        "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT",
        "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
        "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"
    };
    static final int SIGKILL = 9;
    static final int SIGXCPU = 24;
    static final int SIGXFSZ = 25;

    private Signals() {}

    /** {@code SIGSEGV} for 11; {@code null} for 0 (no signal). */
    static String name(int signal) {
        if (signal <= 0) {
            return null;
        }
        return signal < NAMES.length ? NAMES[signal] : "SIG" + signal;
    }

    /** What a student should read about a program killed by this signal. */
    static String explain(int signal) {
        return switch (signal) {
            case 6 -> "aborted (SIGABRT)";
            case 8 -> "arithmetic error, e.g. division by zero (SIGFPE)";
            case 11 -> "segmentation fault: invalid memory access or stack overflow (SIGSEGV)";
            case 7 -> "bus error (SIGBUS)";
            case SIGKILL -> "killed (SIGKILL)";
            case SIGXFSZ -> "file size limit exceeded (SIGXFSZ)";
            case 13 -> "wrote to a closed pipe (SIGPIPE)";
            default -> "killed by signal " + name(signal);
        };
    }
}
