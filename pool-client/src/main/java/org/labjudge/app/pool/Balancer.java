package org.labjudge.app.pool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Picks the node for a run by the power of two random choices: draw two candidate nodes at random, with
 * probability proportional to their weight, and take the one with more free capacity relative to its size
 * ({@link NodeTracker#score()}); on a tie the first drawn. Candidates are the usable nodes that offer the
 * language; nodes with a free slot are preferred, so a node reporting no free slots gets no work while another
 * has room. When every candidate is full the least loaded one (relative to its size) still gets the run and
 * queues it.
 *
 * <p>Why this shape: two random choices keep many clients with the same stale view from all picking the
 * same "best" node; drawing by weight makes runs split in proportion to weight whenever capacity is not the
 * limit (an idle pool); comparing free capacity makes load follow real capacity when it is.
 */
final class Balancer {

    private final RandomGenerator random;

    Balancer(RandomGenerator random) {
        this.random = random;
    }

    Optional<NodeTracker> choose(Collection<NodeTracker> nodes, String language, Collection<NodeTracker> excluded,
                                 long nowNanos) {
        List<NodeTracker> candidates = new ArrayList<>();
        List<NodeTracker> withRoom = new ArrayList<>();
        for (NodeTracker node : nodes) {
            if (!excluded.contains(node) && node.usable(nowNanos) && node.offers(language)) {
                candidates.add(node);
                if (node.freeSlots() > 0) {
                    withRoom.add(node);
                }
            }
        }
        List<NodeTracker> pool = withRoom.isEmpty() ? candidates : withRoom;
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        if (pool.size() == 1) {
            return Optional.of(pool.get(0));
        }
        NodeTracker first = drawByWeight(pool, null);
        NodeTracker second = drawByWeight(pool, first);
        return Optional.of(second.score() > first.score() ? second : first);
    }

    private NodeTracker drawByWeight(List<NodeTracker> pool, NodeTracker skip) {
        double total = 0;
        for (NodeTracker node : pool) {
            if (node != skip) {
                total += node.entry().weight();
            }
        }
        double point = random.nextDouble() * total;
        NodeTracker last = null;
        for (NodeTracker node : pool) {
            if (node == skip) {
                continue;
            }
            last = node;
            point -= node.entry().weight();
            if (point < 0) {
                return node;
            }
        }
        return last;
    }
}
