package org.labjudge.node.judge;

import java.util.ArrayList;
import java.util.List;

/**
 * The end of a run nobody waits for any more (its client closed the connection): whoever holds the run's
 * resources registers what stops them ({@link #onCancel}), and {@link #cancel} runs each once, from the thread
 * that noticed. Thread-safe. {@link #NEVER} is a run no one can cancel (a caller inside the process).
 */
public final class Cancellation {
    /** A run that is never cancelled: {@link #cancel} and {@link #onCancel} do nothing. */
    public static final Cancellation NEVER = new Cancellation(false);

    private final boolean cancellable;
    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    /** A run that may be cancelled. */
    public Cancellation() {
        this(true);
    }

    private Cancellation(boolean cancellable) {
        this.cancellable = cancellable;
    }

    /** Cancels the run: the registered actions run now, on this thread, and later ones at once. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (!cancellable || cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code action} when the run is cancelled (at once when it is already); closing the answer forgets it,
     * for a resource the run has given back meanwhile.
     */
    public Registration onCancel(Runnable action) {
        synchronized (this) {
            if (!cancellable) {
                return () -> { };
            }
            if (!cancelled) {
                actions.add(action);
                return () -> forget(action);
            }
        }
        action.run();
        return () -> { };
    }

    private synchronized void forget(Runnable action) {
        actions.remove(action);
    }

    /** A registered action; closing it unregisters it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
