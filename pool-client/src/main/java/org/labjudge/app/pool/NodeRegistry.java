package org.labjudge.app.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pool's current nodes, one {@link NodeTracker} each, in node-list order. A refreshed list is merged in
 * so a node that stays listed keeps its health history and in-flight count; runs already sent to a node
 * that left the list finish normally.
 */
final class NodeRegistry {

    private volatile List<NodeTracker> trackers = List.of();
    private volatile String source;
    private volatile String emptyReason = "the node list is empty";

    List<NodeTracker> trackers() {
        return trackers;
    }

    /** Where the list came from (a path, a URL, "embedded local node"). */
    String source() {
        return source;
    }

    /** Why there is no node, for the message a user sees when the list is empty. */
    String emptyReason() {
        return emptyReason;
    }

    /** Records why there are no nodes (no list found, no local node started). */
    void explainEmpty(String reason) {
        emptyReason = reason;
    }

    /**
     * Replaces the list; {@code added} sees each new tracker (to start polling it). Returns whether
     * anything changed.
     */
    synchronized boolean replace(NodeList list, Consumer<NodeTracker> added) {
        List<NodeTracker> old = trackers;
        List<NodeTracker> merged = new ArrayList<>();
        List<NodeTracker> fresh = new ArrayList<>();
        boolean changed = old.size() != list.nodes().size();
        for (int i = 0; i < list.nodes().size(); i++) {
            NodeEntry entry = list.nodes().get(i);
            NodeTracker kept = null;
            for (NodeTracker tracker : old) {
                if (tracker.entry().sameNode(entry)) {
                    kept = tracker;
                    break;
                }
            }
            if (kept == null) {
                kept = new NodeTracker(entry);
                fresh.add(kept);
                changed = true;
            } else {
                changed |= !kept.entry().equals(entry) || old.indexOf(kept) != i;
                kept.update(entry);
            }
            merged.add(kept);
        }
        for (NodeTracker tracker : old) {
            if (!merged.contains(tracker)) {
                tracker.markRemoved();
            }
        }
        trackers = List.copyOf(merged);
        source = list.source();
        fresh.forEach(added);
        return changed;
    }
}
