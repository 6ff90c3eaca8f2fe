package org.labjudge.app.pool;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.NodeInfo;

/**
 * What this client knows about one node: up or down, round-trip latency (moving average), the load it
 * last reported, this client's own runs in flight there, and when it may be asked again after failing
 * (backoff) or answering 429/503 ({@code Retry-After}). Thread-safe: polls, runs and the balancer all touch it.
 *
 * <p>Load estimate: the node's reported busy and queued runs include this client's own runs at the time of
 * the poll; between polls the client's own count changes first, so the estimate is
 * {@code (reported - own at poll) + own now}. Without that, a client would pile runs onto a node that looked
 * idle at the last poll.
 */
final class NodeTracker {

    /** Weight of the newest round trip in the latency moving average. */
    static final double LATENCY_SMOOTHING = 0.3;
    /** Longest wait between probes of a failing node: a node that is back is seen within seconds, not half a minute. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(4);

    private volatile NodeEntry entry;
    private volatile boolean removed;

    private NodeState state = NodeState.UNKNOWN;
    private double latencyMs = -1;
    private NodeInfo info;
    private int ownAtPoll;
    private int ownInFlight;
    private int failures;
    /** Until when a 429/503 asked not to be sent runs; a successful poll does not lift it. */
    private long retryAfterUntilNanos;
    private String lastError;
    /** The node's language list, fetched for the language ids {@link #offeredFor}. */
    private List<LanguageInfo> offered = List.of();
    private List<String> offeredFor;

    NodeTracker(NodeEntry entry) {
        this.entry = entry;
    }

    NodeEntry entry() {
        return entry;
    }

    /** Takes a refreshed list's weight and token for the same node. */
    void update(NodeEntry refreshed) {
        entry = refreshed;
    }

    boolean removed() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }

    synchronized NodeState state() {
        return state;
    }

    /** A poll answered: the node is up, with this load. */
    synchronized void pollSucceeded(NodeInfo newInfo, long roundTripNanos) {
        double rtt = roundTripNanos / 1_000_000.0;
        latencyMs = latencyMs < 0 ? rtt : LATENCY_SMOOTHING * rtt + (1 - LATENCY_SMOOTHING) * latencyMs;
        info = newInfo;
        ownAtPoll = ownInFlight;
        state = NodeState.UP;
        failures = 0;
        lastError = null;
    }

    /**
     * A poll or a run failed: the node is down and left out until a probe succeeds; probes come later the
     * more often it failed in a row ({@code pollInterval * 2^(failures-1)}, at most {@link #MAX_BACKOFF},
     * with jitter so many clients do not probe in step).
     *
     * @return how long until the next probe
     */
    synchronized Duration failed(String error, Duration pollInterval) {
        failures++;
        state = NodeState.DOWN;
        lastError = error;
        return backoff(pollInterval, failures);
    }

    static Duration backoff(Duration pollInterval, int failures) {
        long base = pollInterval.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(Math.max(base, 1), MAX_BACKOFF.toMillis());
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (capped * jitter)));
    }

    /** A 429/503 answer: alive, but not to be asked again before {@code retryAfter}. */
    synchronized void busy(Duration retryAfter, String detail, long nowNanos) {
        retryAfterUntilNanos = nowNanos + retryAfter.toNanos();
        lastError = detail;
    }

    /** Whether runs may go here now: up, past any Retry-After, and with slots. */
    synchronized boolean usable(long nowNanos) {
        return state == NodeState.UP && info != null && info.slots() > 0 && nowNanos - retryAfterUntilNanos >= 0;
    }

    /** Up but waiting out a Retry-After: when it may be asked again; otherwise {@code Long.MAX_VALUE}. */
    synchronized long retryAtNanos(long nowNanos) {
        boolean waiting = state == NodeState.UP && info != null && info.slots() > 0
                && retryAfterUntilNanos - nowNanos > 0;
        return waiting ? retryAfterUntilNanos : Long.MAX_VALUE;
    }

    synchronized boolean offers(String language) {
        return info != null && info.languages().contains(language);
    }

    /** The limits the node reported, {@code null} before its first answer. */
    synchronized LimitsInfo limits() {
        return info == null ? null : info.limits();
    }

    synchronized List<String> languages() {
        return info == null ? List.of() : info.languages();
    }

    /** Whether the node's language list must be fetched: never fetched, or its language ids changed since. */
    synchronized boolean needsLanguageList() {
        return info != null && !info.languages().equals(offeredFor);
    }

    /** The node's {@code /api/v1/languages} answer, for the language ids {@code ids} its info listed. */
    synchronized void languageListFetched(List<String> ids, List<LanguageInfo> list) {
        offered = list.stream().filter(l -> ids.contains(l.id())).toList();
        offeredFor = List.copyOf(ids);
    }

    /** The languages this node offers now, as its language list describes them. */
    synchronized List<LanguageInfo> offered() {
        List<String> ids = languages();
        return offered.stream().filter(l -> ids.contains(l.id())).toList();
    }

    synchronized void runStarted() {
        ownInFlight++;
    }

    synchronized void runEnded() {
        // ownAtPoll stays: the node's last report still counts this run, and so does ownAtPoll.
        ownInFlight--;
    }

    /** Runs this client has in flight here. */
    synchronized int ownInFlight() {
        return ownInFlight;
    }

    /** Estimated runs on the node now (busy or queued), this client's included. */
    synchronized int estimatedLoad() {
        if (info == null) {
            return ownInFlight;
        }
        int others = Math.max(0, info.busy() + info.queued() - ownAtPoll);
        return others + ownInFlight;
    }

    synchronized int slots() {
        return info == null ? 0 : info.slots();
    }

    /** Estimated free slots; negative when runs are queued. */
    synchronized int freeSlots() {
        return slots() - estimatedLoad();
    }

    /**
     * Free capacity relative to the node's size: free slots divided by slots (1 = idle, 0 = full, negative =
     * runs queued, in units of the node's slots).
     */
    synchronized double score() {
        int slots = slots();
        return slots <= 0 ? Double.NEGATIVE_INFINITY : (double) (slots - estimatedLoad()) / slots;
    }

    synchronized NodeStatus status() {
        NodeEntry e = entry;
        int slots = slots();
        int busy = Math.min(slots, estimatedLoad());
        return new NodeStatus(e.name(), e.url().toString(), state, latencyMs < 0 ? -1 : Math.round(latencyMs),
                busy, slots, languages(), lastError, state == NodeState.UP ? offered() : List.of());
    }
}
