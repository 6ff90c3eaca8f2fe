package org.labjudge.node.judge;

import java.util.ArrayList;
import java.util.List;
import org.labjudge.protocol.ConsoleLimits;

/**
 * How long a live console session may last on this node: the node config file's {@code console} object, whose field
 * names these are. Without input or output ({@code idle}) and in all ({@code total}), each a default for a session
 * that names none and a maximum it is lowered to. A session holds a slot all along, as a run does.
 *
 * @param idleSeconds a session that names no idle time ends after this long without input or output
 * @param maxIdleSeconds the most idle time a session may ask for
 * @param totalSeconds a session that names no total time ends after this long in all
 * @param maxTotalSeconds the most total time a session may ask for
 */
public record ConsolePolicy(int idleSeconds, int maxIdleSeconds, int totalSeconds, int maxTotalSeconds) {
    /** Two minutes to think before typing, ten minutes in all; at most ten and thirty. */
    public static final ConsolePolicy DEFAULT = new ConsolePolicy(120, 600, 600, 1800);

    /** @throws IllegalArgumentException naming every value a session cannot be run with */
    public ConsolePolicy {
        List<String> problems = new ArrayList<>();
        positive(problems, "idleSeconds", idleSeconds);
        positive(problems, "totalSeconds", totalSeconds);
        if (maxIdleSeconds < idleSeconds) {
            problems.add("maxIdleSeconds (" + maxIdleSeconds + ") is below idleSeconds (" + idleSeconds + ")");
        }
        if (maxTotalSeconds < totalSeconds) {
            problems.add("maxTotalSeconds (" + maxTotalSeconds + ") is below totalSeconds (" + totalSeconds + ")");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static void positive(List<String> problems, String name, int value) {
        if (value <= 0) {
            problems.add(name + " must be positive, got " + value);
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

    /** As published in {@code /api/v1/info}. */
    public ConsoleLimits limits() {
        return new ConsoleLimits(idleSeconds, maxIdleSeconds, totalSeconds, maxTotalSeconds);
    }
}
