package org.labjudge.app.pool;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Pool} finds and treats its nodes. Start from {@link #defaults()} and change what you need
 * with the withers.
 *
 * @param nodeList        a path or http(s) URL of {@code nodes.json}; {@code null} looks it up in docs/node-list.md's
 *                        order ({@code $LABJUDGE_NODES}, {@code ~/.labjudge/nodes.json},
 *                        {@code /etc/labjudge/nodes.json})
 * @param pollInterval    how often each healthy node's {@code /api/v1/info} is polled
 * @param requestDeadline the longest one run may take overall, retries included
 * @param maxAttempts     how many nodes one run is tried on at most (a node that answers 429/503, refuses
 *                        the connection or dies mid-run counts as one attempt)
 * @param connectTimeout  how long to wait for a node to accept a connection
 * @param nodeListRefresh how often an http(s) node list is fetched again
 * @param embeddedNode    whether, when no node list exists, a local node is started through a
 *                        {@link LocalNodeStarter} (the single-user default)
 */
public record PoolConfig(String nodeList, Duration pollInterval, Duration requestDeadline, int maxAttempts,
                         Duration connectTimeout, Duration nodeListRefresh, boolean embeddedNode) {

    public PoolConfig {
        requirePositive("pollInterval", pollInterval);
        requirePositive("requestDeadline", requestDeadline);
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("nodeListRefresh", nodeListRefresh);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
    }

    /** Lookup in docs/node-list.md's order, polling every 2 s, 60 s per run, 4 attempts, embedded node allowed. */
    public static PoolConfig defaults() {
        return new PoolConfig(null, Duration.ofSeconds(2), Duration.ofSeconds(60), 4,
                Duration.ofSeconds(2), Duration.ofSeconds(30), true);
    }

    public PoolConfig withNodeList(String location) {
        return new PoolConfig(location, pollInterval, requestDeadline, maxAttempts, connectTimeout, nodeListRefresh,
                embeddedNode);
    }

    public PoolConfig withPollInterval(Duration interval) {
        return new PoolConfig(nodeList, interval, requestDeadline, maxAttempts, connectTimeout, nodeListRefresh,
                embeddedNode);
    }

    public PoolConfig withRequestDeadline(Duration deadline) {
        return new PoolConfig(nodeList, pollInterval, deadline, maxAttempts, connectTimeout, nodeListRefresh,
                embeddedNode);
    }

    public PoolConfig withMaxAttempts(int attempts) {
        return new PoolConfig(nodeList, pollInterval, requestDeadline, attempts, connectTimeout, nodeListRefresh,
                embeddedNode);
    }

    public PoolConfig withConnectTimeout(Duration timeout) {
        return new PoolConfig(nodeList, pollInterval, requestDeadline, maxAttempts, timeout, nodeListRefresh,
                embeddedNode);
    }

    public PoolConfig withNodeListRefresh(Duration refresh) {
        return new PoolConfig(nodeList, pollInterval, requestDeadline, maxAttempts, connectTimeout, refresh,
                embeddedNode);
    }

    public PoolConfig withEmbeddedNode(boolean allowed) {
        return new PoolConfig(nodeList, pollInterval, requestDeadline, maxAttempts, connectTimeout, nodeListRefresh,
                allowed);
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
