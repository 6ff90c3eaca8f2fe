package org.labjudge.protocol;

/**
 * The node's first answer on a console session: the program is running (compiled, for a compiled language), with
 * these limits. {@code limits.wallTimeMs} is the session's whole time ({@code totalSeconds} x 1000).
 */
public record ConsoleStarted(String nodeId, String language, Limits limits, int idleSeconds, int totalSeconds) {
}
