package org.labjudge.node.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The most runs each client may have going on at once. A client over its cap waits in its own queue (so it
 * is not refused for it while the wait bound holds), and the slots it leaves go to the other clients.
 *
 * @param caps the cap of each client that has one, by its name ({@code token-N}, {@code anonymous}); a client
 *        not named has none
 */
public record ConcurrencyCaps(Map<String, Integer> caps) {
    /** No client capped: the default. */
    public static final ConcurrencyCaps NONE = new ConcurrencyCaps(Map.of());

    public ConcurrencyCaps {
        caps = caps == null ? Map.of() : caps;
        List<String> problems = new ArrayList<>();
        new TreeMap<>(caps).forEach((client, cap) -> {
            if (client.isBlank() || cap == null || cap < 1) {
                problems.add(client + "=" + cap);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("a cap is a client's name (token-N, anonymous) and a number of runs,"
                    + " 1 or more, got " + String.join(", ", problems));
        }
        caps = Map.copyOf(caps);
    }

    /** The most runs {@code client} may have going on at once ({@link Integer#MAX_VALUE}: no cap). */
    public int capOf(String client) {
        return caps.getOrDefault(client, Integer.MAX_VALUE);
    }
}
