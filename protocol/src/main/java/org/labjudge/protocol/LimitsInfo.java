package org.labjudge.protocol;

/**
 * A node's limits policy, as published in {@link NodeInfo}: the {@code defaults} that fill limits a
 * request leaves out, and the {@code max} values requests are clamped to. Either left out is {@link Limits#NONE}.
 * {@code console} is the node's console session limits; a node from before them (or a gateway with no node up)
 * leaves it out ({@code null}).
 */
public record LimitsInfo(Limits defaults, Limits max, ConsoleLimits console) {
    public LimitsInfo {
        defaults = defaults == null ? Limits.NONE : defaults;
        max = max == null ? Limits.NONE : max;
    }

    /** A policy without console limits. */
    public LimitsInfo(Limits defaults, Limits max) {
        this(defaults, max, null);
    }

    /** The limits a node applies to {@code requested}: defaults filled in, then clamped to the maxima. */
    public Limits apply(Limits requested) {
        return (requested == null ? Limits.NONE : requested).orDefaults(defaults).clampedTo(max);
    }
}
