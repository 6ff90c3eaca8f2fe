package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A node that failed many times in a row (it was restarting) is probed again within seconds, so the status bar
 * and the balancer see it up soon after it is: not half a minute later.
 */
class NodeBackoffTest {

    @Test
    void probesOfAFailingNodeGrowButStayWithinFiveSeconds() {
        Duration interval = Duration.ofSeconds(2);
        NodeTracker tracker = new NodeTracker(new NodeEntry("lab-01", java.net.URI.create("http://127.0.0.1:1"), 1.0,
                null));
        Duration longest = Duration.ZERO;
        for (int failure = 1; failure <= 12; failure++) {
            Duration next = tracker.failed("connection refused", interval);
            longest = next.compareTo(longest) > 0 ? next : longest;
        }
        // The cap (4 s) with its jitter of at most 20 %.
        assertThat(longest).isLessThanOrEqualTo(Duration.ofMillis(4800));
        assertThat(NodeTracker.backoff(interval, 1)).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2400));
    }
}
