package org.labjudge.app.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Places one run ({@link NodeCall}: v1's, or a front-end's call the gateway forwards): asks the {@link Balancer} for a node, sends it, and on a connection failure, a 429/503,
 * a node dying mid-run or a result that reports a fault of the node (v1's {@code INTERNAL_ERROR}) tries another node, up to the configured number
 * of attempts and within the run's overall deadline. Runs are pure, so trying again never duplicates what a
 * user sees; an attempt starts only after the previous one has definitely ended, so a run has one result.
 */
final class RunDispatcher {

    private final NodeRegistry registry;
    private final NodeHttp http;
    private final Balancer balancer;
    private final HealthPoller poller;
    private final PoolConfig config;
    private final Duration probeTimeout;
    private final Runnable onChange;
    private final Object reservations = new Object();

    RunDispatcher(NodeRegistry registry, NodeHttp http, Balancer balancer, HealthPoller poller, PoolConfig config,
                  Duration probeTimeout, Runnable onChange) {
        this.registry = registry;
        this.http = http;
        this.balancer = balancer;
        this.poller = poller;
        this.config = config;
        this.probeTimeout = probeTimeout;
        this.onChange = onChange;
    }

    /** Places {@code call} and returns the result of the node that ran it. */
    <T> T dispatch(NodeCall<T> call, RunHandle handle) throws PoolException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + config.requestDeadline().toNanos();
        Set<NodeTracker> tried = new HashSet<>();
        // Nodes that lack blobs the run references: never chosen again for this run.
        Set<NodeTracker> lacking = new HashSet<>();
        List<String> lacks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        T internalError = null;
        // The last node asked said it was busy: giving up then is "busy", not "unavailable".
        boolean lastBusy = false;
        boolean probed = false;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            Optional<NodeTracker> chosen = Optional.empty();
            while (chosen.isEmpty()) {
                checkStopped(handle, deadline, lastBusy);
                chosen = chooseAndReserve(call.language(), tried, lacking);
                if (chosen.isPresent()) {
                    break;
                }
                if (!probed) {
                    // Nothing usable right now: look again at the nodes we think are down before giving up.
                    probed = true;
                    probeNotUp();
                    continue;
                }
                long retryAt = earliestRetry(call.language(), lacking);
                if (retryAt == Long.MAX_VALUE || retryAt - deadline > 0) {
                    if (internalError != null) {
                        return internalError;
                    }
                    if (!lacks.isEmpty()) {
                        throw noNodeHolds(lacks, failures);
                    }
                    throw noNode(call.language(), failures, lastBusy);
                }
                if (handle.awaitCancel(retryAt - System.nanoTime())) {
                    throw new CancellationException("run cancelled");
                }
            }
            NodeTracker node = chosen.get();
            tried.add(node);
            Attempt<T> outcome = attempt(node, call, handle, deadline);
            lastBusy = outcome instanceof Attempt.Busy<T> busy && busy.full();
            if (outcome instanceof Attempt.Done<T> done) {
                if (!done.nodeFault()) {
                    return done.result();
                }
                internalError = done.result();
                failures.add(node.entry().name() + ": internal error");
            } else if (outcome instanceof Attempt.Busy<T> busy) {
                node.busy(busy.retryAfter(), busy.detail(), System.nanoTime());
                onChange.run();
                failures.add(node.entry().name() + ": " + busy.detail());
            } else if (outcome instanceof Attempt.Failed<T> failed) {
                poller.runFailed(node, failed.reason());
                failures.add(node.entry().name() + ": " + failed.reason());
            } else if (outcome instanceof Attempt.Lacks<T> lack) {
                lacking.add(node);
                lacks.add(node.entry().name() + " lacks " + lack.missing().size() + " ("
                        + String.join(", ", lack.missing().stream().limit(2).map(h -> h.substring(0, 12)).toList())
                        + (lack.missing().size() > 2 ? ", ..." : "") + ")");
            } else if (outcome instanceof Attempt.Refused<T> refused) {
                throw new RunRefusedException(refused.status(), refused.detail());
            } else {
                checkStopped(handle, deadline, false);
                throw new PoolException("The run was stopped");
            }
        }
        if (internalError != null) {
            return internalError;
        }
        if (!lacks.isEmpty() && failures.isEmpty()) {
            throw noNodeHolds(lacks, failures);
        }
        String message = "No LabJudge node could take the run after " + config.maxAttempts() + " attempts ("
                + String.join("; ", failures) + ")";
        throw lastBusy ? new NodesBusyException(message) : new PoolException(message);
    }

    /**
     * Chooses a node (an untried one if possible) and counts the run as in flight there in one step, so
     * runs submitted together see each other's choices instead of all picking the same idle node.
     */
    Optional<NodeTracker> chooseAndReserve(String language, Set<NodeTracker> tried) {
        return chooseAndReserve(language, tried, Set.of());
    }

    /** {@link #chooseAndReserve(String, Set)} among the nodes not {@code lacking} the run's blobs. */
    private Optional<NodeTracker> chooseAndReserve(String language, Set<NodeTracker> tried, Set<NodeTracker> lacking) {
        synchronized (reservations) {
            long now = System.nanoTime();
            List<NodeTracker> nodes = registry.trackers().stream().filter(t -> !lacking.contains(t)).toList();
            Optional<NodeTracker> chosen = balancer.choose(nodes, language, tried, now);
            if (chosen.isEmpty()) {
                chosen = balancer.choose(nodes, language, Set.of(), now);
            }
            chosen.ifPresent(NodeTracker::runStarted);
            return chosen;
        }
    }

    /** Runs the request on a node already reserved by {@link #chooseAndReserve}; releases it at the end. */
    private <T> Attempt<T> attempt(NodeTracker node, NodeCall<T> call, RunHandle handle, long deadline) {
        long remaining = deadline - System.nanoTime();
        onChange.run();
        try {
            Duration timeout = Duration.ofNanos(Math.max(remaining, 1_000_000));
            Attempt<T> outcome = http.execute(node.entry(), call, timeout, handle);
            if (outcome instanceof Attempt.NoStream<T> && call.fallback() != null) {
                // An older node without the streamed endpoint: the same run as a plain call on the same node.
                outcome = http.execute(node.entry(), call.fallback(), timeout, handle);
            }
            return outcome instanceof Attempt.NoStream<T> ? new Attempt.Failed<>("has no streamed runs") : outcome;
        } finally {
            node.runEnded();
            handle.setCall(null);
            onChange.run();
        }
    }

    /** A node reserved by {@link #chooseAndReserve} for a console session is free again. */
    void release(NodeTracker node) {
        node.runEnded();
        onChange.run();
    }

    /** A node could not be reached or broke the connection. */
    void failed(NodeTracker node, String reason) {
        poller.runFailed(node, reason);
    }

    /** A node said it cannot take work now. */
    void busy(NodeTracker node, String detail) {
        node.busy(Duration.ofSeconds(5), detail, System.nanoTime());
        onChange.run();
    }

    /** Throws when the run was cancelled or its deadline passed ({@code busy}: waiting for a busy node). */
    private void checkStopped(RunHandle handle, long deadline, boolean busy) throws PoolException {
        if (handle.isCancelled()) {
            throw new CancellationException("run cancelled");
        }
        if (System.nanoTime() - deadline >= 0) {
            String message = "The run took longer than " + seconds(config.requestDeadline()) + " and was given up";
            throw busy ? new NodesBusyException(message + " (the nodes were busy)") : new PoolException(message);
        }
    }

    private void probeNotUp() throws InterruptedException {
        List<NodeTracker> notUp = registry.trackers().stream().filter(t -> t.state() != NodeState.UP).toList();
        if (notUp.isEmpty()) {
            return;
        }
        try {
            poller.pollNow(notUp).get(probeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Whatever answered in time is recorded; the rest stay down.
        }
    }

    private long earliestRetry(String language, Set<NodeTracker> lacking) {
        long earliest = Long.MAX_VALUE;
        long now = System.nanoTime();
        for (NodeTracker node : registry.trackers()) {
            if (node.offers(language) && !lacking.contains(node)) {
                long at = node.retryAtNanos(now);
                if (at != Long.MAX_VALUE && (earliest == Long.MAX_VALUE || at - earliest < 0)) {
                    earliest = at;
                }
            }
        }
        return earliest;
    }

    /** Why no node can take any run now: none is configured or none is up; empty when some node is up. */
    Optional<PoolException> noNodeUp() {
        List<NodeTracker> nodes = registry.trackers();
        if (nodes.isEmpty()) {
            return Optional.of(new PoolException("No LabJudge node is configured: " + registry.emptyReason()));
        }
        if (nodes.stream().noneMatch(t -> t.state() == NodeState.UP)) {
            return Optional.of(new PoolException("No LabJudge node is reachable (" + nodes.size() + " listed in "
                    + registry.source() + ")"));
        }
        return Optional.empty();
    }

    /**
     * The plainest true sentence about why no node can take the run; {@code busy}: the last node asked said it
     * was busy.
     */
    private PoolException noNode(String language, List<String> failures, boolean busy) {
        Optional<PoolException> none = noNodeUp();
        if (none.isPresent()) {
            return none.get();
        }
        List<NodeTracker> up = registry.trackers().stream().filter(t -> t.state() == NodeState.UP).toList();
        if (up.stream().noneMatch(t -> t.offers(language))) {
            Set<String> offered = new TreeSet<>();
            up.forEach(t -> offered.addAll(t.languages()));
            return new PoolException("No LabJudge node runs " + language + " (the nodes offer: "
                    + String.join(", ", offered) + ")");
        }
        Set<String> reasons = new LinkedHashSet<>(failures);
        String message = "No LabJudge node could take the run"
                + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")");
        return busy ? new NodesBusyException(message) : new PoolException(message);
    }

    /** No node that could be reached holds the blobs the run references by hash (a published problem's secret data). */
    private static PoolException noNodeHolds(List<String> lacks, List<String> failures) {
        return new PoolException("No LabJudge node holds this problem's test data: " + String.join("; ", lacks)
                + (failures.isEmpty() ? "" : "; others failed (" + String.join("; ", failures) + ")")
                + ". The problem must be published to the pool's nodes again (labjudge publish).");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
