package org.labjudge.protocol;

import java.util.List;

/**
 * A node's identity and load ({@code GET /api/v1/info}), polled by clients to balance runs: how many
 * runs it executes at once ({@code slots}), how many are running ({@code busy}) and waiting
 * ({@code queued}, at most {@code maxQueue}), the language ids it offers, and its limits policy.
 * {@code languages} left out is empty.
 */
public record NodeInfo(String nodeId, String version, int protocol, int slots, int busy, int queued, int maxQueue,
                       List<String> languages, LimitsInfo limits) {

    /** The protocol version this module implements, sent as {@code "protocol"}. */
    public static final int PROTOCOL_VERSION = 1;

    public NodeInfo {
        languages = Checks.list("languages", languages);
    }

    /** Slots not busy right now (never negative). */
    public int freeSlots() {
        return Math.max(0, slots - busy);
    }
}
