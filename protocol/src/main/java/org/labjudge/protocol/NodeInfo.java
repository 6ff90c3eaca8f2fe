package org.labjudge.protocol;

import java.util.List;

/**
 * A node's identity and load ({@code GET /api/v1/info}), polled by clients to balance runs: how many
 * runs it executes at once ({@code slots}), how many are running ({@code busy}) and waiting
 * ({@code queued}), the language ids it offers, and its limits policy. {@code maxQueue} is the burst: that many
 * runs may wait whatever their wait; past it a run is refused (503) when its expected wait (runs waiting x
 * observed run time / slots) is over {@code maxWaitSeconds}, or at once when that is 0 (nodes before it had a
 * fixed queue and left it out). {@code languages} left out is empty.
 */
public record NodeInfo(String nodeId, String version, int protocol, int slots, int busy, int queued, int maxQueue,
                       List<String> languages, LimitsInfo limits, int maxWaitSeconds) {

    /** The protocol version this module implements, sent as {@code "protocol"}. */
    public static final int PROTOCOL_VERSION = 1;

    public NodeInfo {
        languages = Checks.list("languages", languages);
    }

    /** The info of a node that admits by count only (no {@code maxWaitSeconds}). */
    public NodeInfo(String nodeId, String version, int protocol, int slots, int busy, int queued, int maxQueue,
                    List<String> languages, LimitsInfo limits) {
        this(nodeId, version, protocol, slots, busy, queued, maxQueue, languages, limits, 0);
    }

    /** Slots not busy right now (never negative). */
    public int freeSlots() {
        return Math.max(0, slots - busy);
    }
}
