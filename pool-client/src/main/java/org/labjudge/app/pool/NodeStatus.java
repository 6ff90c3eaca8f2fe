package org.labjudge.app.pool;

import java.util.List;
import org.labjudge.protocol.LanguageInfo;

/**
 * A snapshot of one node as this client sees it, for a node table in the editor or {@code labjudge nodes}.
 * {@code latencyMs} is the moving average of the round-trip time of {@code /api/v1/info} (-1 when never
 * measured); {@code busy} counts the node's reported busy slots (at least this client's own runs in flight);
 * {@code lastError} is the most recent failure in plain words, {@code null} when the node is healthy.
 * {@code offered} is what the node's {@code /api/v1/languages} says of the language ids in {@code languages}
 * (empty until it answered).
 */
public record NodeStatus(String name, String url, NodeState state, long latencyMs, int busy, int slots,
                         List<String> languages, String lastError, List<LanguageInfo> offered) {

    public NodeStatus {
        languages = languages == null ? List.of() : List.copyOf(languages);
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    /** Slots not busy (never negative). */
    public int freeSlots() {
        return Math.max(0, slots - busy);
    }
}
