package org.labjudge.node.admission;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * A fair waiting room in front of a server's capacity: at most {@code capacity} runs go on at once; the others
 * wait in one queue per client, and a freed slot goes to the waiting client that was served longest ago, so one
 * token's flood of runs delays another token's single run by at most one run per client, never by the flood.
 * A run is refused (503 with {@code Retry-After}) only when more than the policy's burst wait already and its
 * expected wait (runs waiting ahead x observed run time / capacity) passes the policy's bound. A client the
 * policy caps has at most its cap of runs going on; the rest wait in its queue (their expected wait then counts
 * its own queue over its cap), and the slots it leaves go to the other clients.
 *
 * <p>Capacity is read on every decision (a gateway's grows and shrinks with the nodes that are up), and at
 * least 1, so with no capacity known one run at a time goes on to find that out.
 */
public final class Admission {
    /** Weight of the newest run in the moving average of run times. */
    private static final double SMOOTHING = 0.2;
    /** How often a waiting run looks again at a capacity that may have grown without a run ending. */
    private static final long RECHECK_MILLIS = 200;
    private static final int MAX_RETRY_AFTER_SECONDS = 30;

    private final AdmissionPolicy policy;
    private final IntSupplier capacity;
    private final Map<String, ArrayDeque<Ticket>> queues = new HashMap<>();
    /** Clients with runs waiting. */
    private final Set<String> turns = new LinkedHashSet<>();
    /** When each client last had a run start, as a count of runs started. */
    private final Map<String, Long> lastServed = new HashMap<>();
    /** Runs going on per client, for the caps. */
    private final Map<String, Integer> runningOf = new HashMap<>();
    private long started;
    private int running;
    private int waiting;
    private double runNanos;
    private boolean closed;

    public Admission(AdmissionPolicy policy, IntSupplier capacity) {
        this.policy = policy;
        this.capacity = capacity;
        this.runNanos = policy.initialRunTime().toNanos();
    }

    /** Whether a run's time goes into the observed run time that expected waits are estimated from. */
    public enum Timing {
        /** A run: its time predicts how long the runs waiting behind it take. */
        COUNTED,
        /** A live console session: it lasts as long as a person types, which predicts nothing about the runs
         *  waiting behind it. */
        NOT_COUNTED
    }

    /**
     * Runs {@code work} once a slot is {@code client}'s turn; its time counts in the observed run time when
     * {@code timing} says so.
     *
     * @throws RunRejectedException when the wait would be too long, or the server stops meanwhile
     */
    public <T> T admit(String client, Timing timing, Supplier<T> work) {
        enter(client);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            exit(client, timing == Timing.COUNTED ? System.nanoTime() - start : -1);
        }
    }

    /** Runs that may wait whatever their expected wait. */
    public int burst() {
        return policy.burst();
    }

    /** Past the burst, the longest expected wait a run is admitted to. */
    public Duration maxWait() {
        return policy.maxWait();
    }

    /** Runs going on now. */
    public synchronized int running() {
        return running;
    }

    /** Runs waiting now, all clients together. */
    public synchronized int waiting() {
        return waiting;
    }

    /** Runs {@code client} has waiting now. */
    public synchronized int waiting(String client) {
        ArrayDeque<Ticket> queue = queues.get(client);
        return queue == null ? 0 : queue.size();
    }

    /** Runs {@code client} has going on now. */
    public synchronized int running(String client) {
        return runningOf.getOrDefault(client, 0);
    }

    /** Refuses every waiting run and every new one (the server stops). */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** @throws RunRejectedException when closed (the server stops) */
    public synchronized void checkOpen() {
        if (closed) {
            throw stopping();
        }
    }

    private synchronized void enter(String client) {
        if (closed) {
            throw stopping();
        }
        grant(); // the capacity may have grown: those waiting go first
        int cap = policy.caps().capOf(client);
        if (!queues.containsKey(client) && running < slots() && running(client) < cap) {
            start(client);
            return;
        }
        // A capped client's runs go on at most its cap at a time, however many slots are free.
        double expectedNanos = Math.max((waiting + 1) * runNanos / slots(),
                (waiting(client) + 1) * runNanos / Math.min(cap, slots()));
        if (waiting >= policy.burst() && expectedNanos > policy.maxWait().toNanos()) {
            long over = (long) Math.ceil((expectedNanos - policy.maxWait().toNanos()) / 1e9);
            throw new RunRejectedException(RunRejectedException.Reason.EXPECTED_WAIT,
                    (int) Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, over)),
                    String.format("%d runs wait already; this one would wait about %.0f s, over the %d s this server"
                            + " admits", waiting, expectedNanos / 1e9, policy.maxWait().toSeconds()));
        }
        Ticket ticket = new Ticket();
        ArrayDeque<Ticket> queue = queues.computeIfAbsent(client, c -> new ArrayDeque<>());
        if (queue.isEmpty()) {
            turns.add(client);
        }
        queue.addLast(ticket);
        waiting++;
        try {
            while (!ticket.granted) {
                if (closed) {
                    withdraw(client, ticket);
                    throw stopping();
                }
                grant();
                if (!ticket.granted) {
                    wait(RECHECK_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (ticket.granted) {
                finish(client);
                grant();
            } else {
                withdraw(client, ticket);
            }
            throw stopping();
        }
    }

    /** {@code client}'s run ends after {@code nanos}; a negative time is not counted. */
    private synchronized void exit(String client, long nanos) {
        finish(client);
        if (nanos >= 0) {
            runNanos += SMOOTHING * (nanos - runNanos);
        }
        grant();
    }

    /** Gives free slots to the waiting runs, each to the waiting client under its cap served longest ago. */
    private void grant() {
        boolean any = false;
        while (running < slots()) {
            String client = turns.stream().filter(c -> running(c) < policy.caps().capOf(c))
                    .min(Comparator.comparingLong(c -> lastServed.getOrDefault(c, -1L))).orElse(null);
            if (client == null) {
                break;
            }
            ArrayDeque<Ticket> queue = queues.get(client);
            Ticket next = queue.pollFirst();
            if (queue.isEmpty()) {
                queues.remove(client);
                turns.remove(client);
            }
            next.granted = true;
            waiting--;
            start(client);
            any = true;
        }
        if (any) {
            notifyAll();
        }
    }

    private void start(String client) {
        running++;
        runningOf.merge(client, 1, Integer::sum);
        lastServed.put(client, ++started);
    }

    private void finish(String client) {
        running--;
        runningOf.computeIfPresent(client, (c, n) -> n == 1 ? null : n - 1);
    }

    private void withdraw(String client, Ticket ticket) {
        ArrayDeque<Ticket> queue = queues.get(client);
        if (queue != null && queue.remove(ticket)) {
            waiting--;
            if (queue.isEmpty()) {
                queues.remove(client);
                turns.remove(client);
            }
        }
    }

    private int slots() {
        return Math.max(1, capacity.getAsInt());
    }

    private static RunRejectedException stopping() {
        return new RunRejectedException(RunRejectedException.Reason.SHUTTING_DOWN, 5, "the server is stopping");
    }

    /** One waiting run; granted under the admission's lock. */
    private static final class Ticket {
        private boolean granted;
    }
}
