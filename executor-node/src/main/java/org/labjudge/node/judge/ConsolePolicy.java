package org.labjudge.node.judge;

/**
 * How long a live console session may last on this node: without input or output ({@code idle}) and in all
 * ({@code total}), each a default for a session that names none and a maximum it is lowered to. A session holds a
 * slot all along, as a run does.
 */
public record ConsolePolicy(int idleSeconds, int maxIdleSeconds, int totalSeconds, int maxTotalSeconds) {
    /** Two minutes to think before typing, ten minutes in all; at most ten and thirty. */
    public static final ConsolePolicy DEFAULT = new ConsolePolicy(120, 600, 600, 1800);

    public ConsolePolicy {
        if (idleSeconds <= 0 || totalSeconds <= 0 || maxIdleSeconds < idleSeconds || maxTotalSeconds < totalSeconds) {
            throw new IllegalArgumentException("console limits must be positive, each default within its maximum");
        }
    }

    /** The idle limit of a session that asked for {@code asked} seconds ({@code null}: none named). */
    public int idle(Integer asked) {
        return asked == null ? idleSeconds : Math.min(asked, maxIdleSeconds);
    }

    /** The whole time of a session that asked for {@code asked} seconds ({@code null}: none named). */
    public int total(Integer asked) {
        return asked == null ? totalSeconds : Math.min(asked, maxTotalSeconds);
    }
}
