package org.labjudge.node.api;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.labjudge.node.judge.Cancellation;
import org.labjudge.node.judge.RunCancelledException;
import org.labjudge.node.metrics.NodeMetrics;

/**
 * Runs a front-end's work for a request while its client stays connected: a client that closes the connection
 * cancels the work ({@link ClientWatch}), and a run stopped so is counted as cancelled and answered with nothing
 * (status 499 in the log; no one reads it). One per server, its one thread reading the watched connections.
 * Read the request's body before: the watch reads the connection.
 */
public final class ClientWatcher implements AutoCloseable {
    /** The status of a run whose client went away (nginx's name for it, "client closed request"). */
    static final int CLIENT_CLOSED_REQUEST = 499;

    private final NodeMetrics metrics;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "client-watch");
        thread.setDaemon(true);
        return thread;
    });

    ClientWatcher(NodeMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * {@code work} given a cancellation that {@code ctx}'s client going away cancels; empty when the work was
     * cancelled so ({@link RunCancelledException}), counted for {@code frontend}.
     */
    public <T> Optional<T> whileConnected(Context ctx, String frontend, Function<Cancellation, T> work) {
        Cancellation cancellation = new Cancellation();
        try (ClientWatch watch = ClientWatch.start(ctx, timer, cancellation)) {
            return Optional.of(work.apply(cancellation));
        } catch (RunCancelledException e) {
            metrics.recordCancelled(frontend);
            ctx.status(CLIENT_CLOSED_REQUEST);
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
