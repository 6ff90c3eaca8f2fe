package org.labjudge.node.judge;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.labjudge.protocol.ConsoleEnd;

/**
 * The console sessions a service runs or relays now, so that a stopping server can wait for them and then stop those
 * left ({@link ConsoleSession#stopForShutdown}), each ending with an end message rather than a dropped socket.
 */
public final class OpenSessions {
    /** How long sessions told to end get to send their end before the server stops anyway. */
    static final Duration END_WAIT = Duration.ofSeconds(5);

    private final Set<ConsoleSession> open = new HashSet<>();

    /** Runs {@code session} through {@code work}, counted as open meanwhile. */
    public ConsoleEnd during(ConsoleSession session, Supplier<ConsoleEnd> work) {
        synchronized (this) {
            open.add(session);
        }
        try {
            return work.get();
        } finally {
            synchronized (this) {
                open.remove(session);
                notifyAll();
            }
        }
    }

    /** Sessions open now. */
    public synchronized int count() {
        return open.size();
    }

    /**
     * Waits up to {@code grace} for every open session to end; then stops those left for the shutdown and waits up
     * to {@link #END_WAIT} for their ends.
     *
     * @return whether every session ended by itself within {@code grace}
     */
    public boolean drain(Duration grace) {
        if (awaitNone(grace)) {
            return true;
        }
        synchronized (this) {
            open.forEach(ConsoleSession::stopForShutdown);
        }
        awaitNone(END_WAIT);
        return false;
    }

    private synchronized boolean awaitNone(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!open.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
