package org.labjudge.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Resource limits of one run: CPU time, wall-clock time, memory, captured output per stream, and
 * processes. A {@code null} value is left out, so the node's default applies; a node clamps values
 * above its maxima and echoes the limits it applied in the {@link RunResult}.
 */
public record Limits(Integer timeMs, Integer wallTimeMs, Integer memoryMb, Integer outputKb, Integer processes) {

    /** No limit given: every value takes the node's default. Serialized as {@code {}}. */
    public static final Limits NONE = new Limits(null, null, null, null, null);

    /** These limits with each value left out taken from {@code defaults} (which may be {@code null}). */
    public Limits orDefaults(Limits defaults) {
        if (defaults == null) {
            return this;
        }
        return new Limits(
                timeMs != null ? timeMs : defaults.timeMs,
                wallTimeMs != null ? wallTimeMs : defaults.wallTimeMs,
                memoryMb != null ? memoryMb : defaults.memoryMb,
                outputKb != null ? outputKb : defaults.outputKb,
                processes != null ? processes : defaults.processes);
    }

    /** These limits with each given value lowered to {@code max}'s where {@code max} gives one. */
    public Limits clampedTo(Limits max) {
        if (max == null) {
            return this;
        }
        return new Limits(
                min(timeMs, max.timeMs),
                min(wallTimeMs, max.wallTimeMs),
                min(memoryMb, max.memoryMb),
                min(outputKb, max.outputKb),
                min(processes, max.processes));
    }

    /** One message per value that is zero or negative, e.g. {@code "limits.timeMs must be positive, got -5"}. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, "timeMs", timeMs);
        check(problems, "wallTimeMs", wallTimeMs);
        check(problems, "memoryMb", memoryMb);
        check(problems, "outputKb", outputKb);
        check(problems, "processes", processes);
        return List.copyOf(problems);
    }

    /** Whether every value is given (as after {@link #orDefaults} with complete defaults). */
    public boolean complete() {
        return timeMs != null && wallTimeMs != null && memoryMb != null && outputKb != null && processes != null;
    }

    private static Integer min(Integer value, Integer max) {
        return value == null || max == null ? value : Integer.valueOf(Math.min(value, max));
    }

    private static void check(List<String> problems, String name, Integer value) {
        if (value != null && value <= 0) {
            problems.add("limits." + name + " must be positive, got " + value);
        }
    }
}
