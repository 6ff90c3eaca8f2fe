package org.labjudge.app.pool;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tells listeners (the editor's node table) when any node's status changed. Changes are collapsed: many
 * updates in a burst cause one snapshot, delivered in order on one pool thread, and only when it differs
 * from the last one delivered.
 */
final class StatusFeed {

    private final Supplier<List<NodeStatus>> snapshot;
    private final ExecutorService thread;
    private final List<Consumer<List<NodeStatus>>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private boolean pending;
    private List<NodeStatus> lastDelivered = List.of();

    StatusFeed(Supplier<List<NodeStatus>> snapshot, ExecutorService thread) {
        this.snapshot = snapshot;
        this.thread = thread;
    }

    /** Adds a listener and gives it the current statuses at once (on the feed's thread). */
    void addListener(Consumer<List<NodeStatus>> listener) {
        listeners.add(listener);
        try {
            thread.execute(() -> {
                try {
                    listener.accept(snapshot.get());
                } catch (RuntimeException e) {
                    // A faulty listener must not stop the feed.
                }
            });
        } catch (RejectedExecutionException e) {
            // Closing.
        }
    }

    /** Something may have changed; listeners hear about it soon, on the feed's thread. */
    void changed() {
        synchronized (lock) {
            if (pending || listeners.isEmpty()) {
                return;
            }
            pending = true;
        }
        try {
            thread.execute(this::deliver);
        } catch (RejectedExecutionException e) {
            // Closing.
        }
    }

    private void deliver() {
        synchronized (lock) {
            pending = false;
        }
        List<NodeStatus> now = snapshot.get();
        if (now.equals(lastDelivered)) {
            return;
        }
        lastDelivered = now;
        for (Consumer<List<NodeStatus>> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                // A faulty listener must not stop the others or the pool.
            }
        }
    }
}
