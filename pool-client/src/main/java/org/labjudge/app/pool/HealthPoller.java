package org.labjudge.app.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls every node's {@code /api/v1/info}: a healthy node every poll interval, a failing one with growing
 * backoff ({@link NodeTracker#failed}), so a dead node costs little and a node that comes back is found and
 * used again; when a node's language ids change, its language list is fetched too. Polls are asynchronous,
 * so one slow node does not delay the others.
 */
final class HealthPoller {

    private final NodeHttp http;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Duration timeout;
    private final Runnable onChange;
    private volatile boolean closed;

    HealthPoller(NodeHttp http, ScheduledExecutorService scheduler, Duration interval, Duration timeout,
                 Runnable onChange) {
        this.http = http;
        this.scheduler = scheduler;
        this.interval = interval;
        this.timeout = timeout;
        this.onChange = onChange;
    }

    /** Starts the poll loop of a node, its first poll after {@code firstDelay}. */
    void watch(NodeTracker node, Duration firstDelay) {
        schedule(node, firstDelay);
    }

    /** Polls {@code nodes} now, outside their loops; completes when every answer (or failure) is in. */
    CompletableFuture<Void> pollNow(Collection<NodeTracker> nodes) {
        List<CompletableFuture<Duration>> polls = new ArrayList<>();
        for (NodeTracker node : nodes) {
            polls.add(poll(node));
        }
        return CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new));
    }

    /** A run found the node dead: mark it down now rather than at its next poll. */
    void runFailed(NodeTracker node, String error) {
        node.failed(error, interval);
        onChange.run();
    }

    void close() {
        closed = true;
    }

    private void schedule(NodeTracker node, Duration delay) {
        if (closed || node.removed()) {
            return;
        }
        try {
            scheduler.schedule(() -> poll(node).thenAccept(next -> schedule(node, next)),
                    delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // The pool is closing.
        }
    }

    /** One poll; completes with the delay until the node's next regular poll. */
    private CompletableFuture<Duration> poll(NodeTracker node) {
        CompletableFuture<Duration> done = new CompletableFuture<>();
        if (closed) {
            done.complete(interval);
            return done;
        }
        http.pollInfo(node.entry(), timeout, answer -> {
            if (answer.info() != null) {
                node.pollSucceeded(answer.info(), answer.roundTripNanos());
                if (node.needsLanguageList()) {
                    // A failed fetch leaves the list as it was; the next poll asks again.
                    http.fetchLanguages(node.entry(), timeout, list -> {
                        if (list != null) {
                            node.languageListFetched(answer.info().languages(), list);
                        }
                        onChange.run();
                        done.complete(interval);
                    });
                    return;
                }
                onChange.run();
                done.complete(interval);
            } else {
                Duration next = node.failed(answer.error(), interval);
                onChange.run();
                done.complete(next);
            }
        });
        return done;
    }
}
