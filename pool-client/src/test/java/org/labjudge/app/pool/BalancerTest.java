package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.NodeInfo;

/** The balancer's choices, over many draws, with node loads set directly (no HTTP). */
class BalancerTest {

    private static final int DRAWS = 20_000;
    private final Balancer balancer = new Balancer(new SplittableRandom(7));

    @Test
    void aNodeReportingNoFreeSlotsGetsNoWorkWhileOthersHaveRoom() {
        NodeTracker full = node("full", 1, 4, 4, List.of("python"));
        NodeTracker a = node("a", 1, 4, 1, List.of("python"));
        NodeTracker b = node("b", 1, 2, 0, List.of("python"));

        Map<NodeTracker, Integer> counts = draw(List.of(full, a, b), "python");

        assertThat(counts.getOrDefault(full, 0)).isZero();
        assertThat(counts.getOrDefault(a, 0) + counts.getOrDefault(b, 0)).isEqualTo(DRAWS);
    }

    @Test
    void withSpareCapacityEverywhereRunsSplitInProportionToWeight() {
        NodeTracker light = node("light", 1, 8, 0, List.of("python"));
        NodeTracker heavy = node("heavy", 3, 8, 0, List.of("python"));
        NodeTracker middle = node("middle", 2, 8, 0, List.of("python"));

        Map<NodeTracker, Integer> counts = draw(List.of(light, heavy, middle), "python");

        // Tolerance: 1.5 percentage points over 20,000 draws (binomial sd is about 0.3 points).
        assertThat(share(counts, light)).isCloseTo(1 / 6.0, within(0.015));
        assertThat(share(counts, middle)).isCloseTo(2 / 6.0, within(0.015));
        assertThat(share(counts, heavy)).isCloseTo(3 / 6.0, within(0.015));
    }

    @Test
    void ofTwoDrawnNodesTheOneWithMoreFreeCapacityRelativeToItsSizeWins() {
        NodeTracker busy = node("busy", 1, 4, 3, List.of("python")); // 1/4 free
        NodeTracker idle = node("idle", 1, 2, 0, List.of("python")); // all free

        Map<NodeTracker, Integer> counts = draw(List.of(busy, idle), "python");

        assertThat(counts.get(idle)).isEqualTo(DRAWS);
    }

    @Test
    void whenEveryNodeIsFullTheLeastLoadedRelativeToItsSizeQueuesTheRun() {
        NodeTracker small = node("small", 1, 1, 3, List.of("python")); // 2 queued per slot
        NodeTracker big = node("big", 1, 4, 6, List.of("python"));     // 0.5 queued per slot

        Map<NodeTracker, Integer> counts = draw(List.of(small, big), "python");

        assertThat(counts.get(big)).isEqualTo(DRAWS);
    }

    @Test
    void onlyNodesOfferingTheLanguageAreChosen() {
        NodeTracker python = node("py", 1, 4, 0, List.of("python"));
        NodeTracker java = node("java", 5, 4, 0, List.of("java", "c"));

        assertThat(draw(List.of(python, java), "java")).containsOnlyKeys(java);
        assertThat(balancer.choose(List.of(python, java), "rust", Set.of(), System.nanoTime())).isEmpty();
    }

    @Test
    void downOrExcludedNodesAreNotChosen() {
        NodeTracker down = node("down", 1, 4, 0, List.of("python"));
        down.failed("connection refused", java.time.Duration.ofSeconds(1));
        NodeTracker tried = node("tried", 1, 4, 0, List.of("python"));
        NodeTracker fresh = node("fresh", 1, 4, 0, List.of("python"));

        for (int i = 0; i < 100; i++) {
            assertThat(balancer.choose(List.of(down, tried, fresh), "python", Set.of(tried), System.nanoTime()))
                    .contains(fresh);
        }
    }

    @Test
    void thisClientsOwnRunsInFlightCountAsLoadBetweenPolls() {
        NodeTracker a = node("a", 1, 2, 0, List.of("python"));
        NodeTracker b = node("b", 1, 2, 0, List.of("python"));
        a.runStarted();
        a.runStarted(); // a is now full by this client's own runs, though its last poll said idle

        assertThat(a.freeSlots()).isZero();
        assertThat(draw(List.of(a, b), "python")).containsOnlyKeys(b);
    }

    private Map<NodeTracker, Integer> draw(List<NodeTracker> nodes, String language) {
        Map<NodeTracker, Integer> counts = new HashMap<>();
        for (int i = 0; i < DRAWS; i++) {
            NodeTracker chosen = balancer.choose(nodes, language, Set.of(), System.nanoTime()).orElseThrow();
            counts.merge(chosen, 1, Integer::sum);
        }
        return counts;
    }

    private static double share(Map<NodeTracker, Integer> counts, NodeTracker node) {
        return counts.getOrDefault(node, 0) / (double) DRAWS;
    }

    /** A node that polled as up, with {@code busyOrQueued} runs of other clients (busy up to slots, rest queued). */
    static NodeTracker node(String name, double weight, int slots, int busyOrQueued, List<String> languages) {
        NodeTracker tracker = new NodeTracker(new NodeEntry(name, URI.create("http://127.0.0.1:1"), weight, null));
        int busy = Math.min(slots, busyOrQueued);
        tracker.pollSucceeded(new NodeInfo(name, "test", 1, slots, busy, busyOrQueued - busy, 10, languages,
                new LimitsInfo(null, null)), 1_000_000);
        return tracker;
    }
}
