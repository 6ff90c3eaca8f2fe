package org.labjudge.protocol;

/**
 * A node's console session limits, as published in {@link LimitsInfo#console()}: a session that names no idle or
 * total time gets {@code idleSeconds} and {@code totalSeconds}; one that names more is lowered to
 * {@code maxIdleSeconds} and {@code maxTotalSeconds}. All in wall-clock seconds.
 */
public record ConsoleLimits(int idleSeconds, int maxIdleSeconds, int totalSeconds, int maxTotalSeconds) {
}
