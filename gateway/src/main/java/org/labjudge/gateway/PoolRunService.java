package org.labjudge.gateway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.labjudge.app.pool.NodeState;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.NodesBusyException;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolException;
import org.labjudge.app.pool.RunRefusedException;
import org.labjudge.node.judge.Cancellation;
import org.labjudge.node.judge.InvalidRunException;
import org.labjudge.node.judge.ConsoleSession;
import org.labjudge.node.judge.NodeLoad;
import org.labjudge.node.judge.RunCancelledException;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.node.judge.RunService;
import org.labjudge.node.metrics.NodeMetrics;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.Health;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/**
 * The gateway's run service: the node's front-ends (v1, Piston) call it as they call a node's worker, and it
 * sends each run to the pool, whose balancing and failover pick the node. Its load, languages and health are
 * the pool's: the nodes that are up, added together. Console sessions are relayed to a node the pool chooses. Jobe's runs do not come here but go to a node's Jobe API
 * as sent ({@link org.labjudge.gateway.jobe.JobeForwarding}), since they change the language's commands.
 */
public final class PoolRunService implements RunService {
    /** How long a client should wait when no node can take a run. */
    static final int RETRY_AFTER_SECONDS = 2;
    /** Limits reported while no node is up to tell its own: none, so nothing is clamped by a guess. */
    private static final LimitsInfo NO_NODE_LIMITS = new LimitsInfo(Limits.NONE, Limits.NONE);

    private final Pool pool;
    private final NodeMetrics metrics;
    private final PooledConsoles consoles;

    public PoolRunService(Pool pool, NodeMetrics metrics) {
        this.pool = pool;
        this.metrics = metrics;
        this.consoles = new PooledConsoles(pool);
    }

    /**
     * Relays the session to a node the pool chooses ({@link PooledConsoles}), once its start is one a node of the
     * pool can run.
     */
    @Override
    public ConsoleEnd console(ConsoleStart start, RunOptions options, ConsoleSession session) {
        List<String> problems = start.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRunException(String.join("; ", problems));
        }
        checkOffered(start.run().language());
        return consoles.relay(start, session);
    }

    /**
     * Waits up to {@code grace} for the sessions being relayed, then stops those left (their end's message says the
     * gateway is shutting down); returns whether all ended by themselves.
     */
    public boolean drainConsoles(Duration grace) {
        return consoles.drain(grace);
    }

    /** The pool places each run and session itself; one with no node up to take it ends with its own answer. */
    @Override
    public void checkAccepting() {
    }

    @Override
    public RunResult run(RunRequest request, RunOptions options) {
        checkOffered(request.language());
        RunResult result;
        try {
            result = awaitUnlessCancelled(pool, pool.submit(request), options.cancellation());
        } catch (RunRefusedException e) {
            throw new InvalidRunException(e.getMessage());
        } catch (PoolException e) {
            throw refusal(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopping();
        }
        metrics.recordRun(options.frontend(), result);
        return result;
    }

    /** Refuses a language no node that is up offers (a node would refuse it too). */
    private void checkOffered(String language) {
        List<String> offered = languages().stream().map(LanguageInfo::id).toList();
        if (!offered.isEmpty() && !offered.contains(language)) {
            // With no node up, the pool's own answer (503, or a session's BUSY end) is the true one.
            throw new InvalidRunException("unknown language '" + language + "'; the pool's nodes run " + offered);
        }
    }

    /**
     * The refusal a client gets when the pool could not place its run: 503, try again shortly; busy
     * ({@code expected_wait}) when the nodes said they were busy, else unavailable ({@code engine_unavailable}: no
     * node up, reachable, or able to run now).
     */
    public static RunRejectedException refusal(PoolException e) {
        RunRejectedException.Reason reason = e instanceof NodesBusyException
                ? RunRejectedException.Reason.EXPECTED_WAIT : RunRejectedException.Reason.ENGINE_UNAVAILABLE;
        return new RunRejectedException(reason, RETRY_AFTER_SECONDS, e.getMessage());
    }

    /**
     * The result of a run {@code placed} on the pool; when the gateway's client goes away ({@code cancellation}),
     * the call to the node is cancelled, which closes its connection, so the node stops the run too.
     *
     * @throws RunCancelledException when it was cancelled so
     */
    public static <T> T awaitUnlessCancelled(Pool pool, CompletableFuture<T> placed, Cancellation cancellation)
            throws PoolException, InterruptedException {
        try (Cancellation.Registration stop = cancellation.onCancel(() -> placed.cancel(true))) {
            return pool.await(placed);
        } catch (CancellationException e) {
            throw new RunCancelledException("the run's client went away; the call to the node was cancelled");
        }
    }

    /** The refusal of a run abandoned because the gateway stops. */
    public static RunRejectedException stopping() {
        return new RunRejectedException(RunRejectedException.Reason.SHUTTING_DOWN, RETRY_AFTER_SECONDS,
                "the gateway is stopping");
    }

    /** The slots and busy slots of the nodes that are up; the runs the gateway is placing beyond those wait. */
    @Override
    public NodeLoad load() {
        int slots = 0;
        int busy = 0;
        for (NodeStatus node : up()) {
            slots += node.slots();
            busy += node.busy();
        }
        int waiting = Math.max(0, pool.runsDispatching() - busy);
        return new NodeLoad(slots, busy, waiting, 0);
    }

    /** Every language some node that is up offers, in node-list order. */
    @Override
    public List<LanguageInfo> languages() {
        Map<String, LanguageInfo> byId = new LinkedHashMap<>();
        for (NodeStatus node : up()) {
            node.offered().forEach(language -> byId.putIfAbsent(language.id(), language));
        }
        return List.copyOf(byId.values());
    }

    @Override
    public LimitsInfo limits() {
        return pool.limits().orElse(NO_NODE_LIMITS);
    }

    /** UP while some node is up: a run can be placed. */
    @Override
    public Health health() {
        List<NodeStatus> nodes = pool.nodes();
        if (nodes.stream().anyMatch(n -> n.state() == NodeState.UP)) {
            return Health.up();
        }
        return Health.down("no node of the pool is up (" + nodes.size() + " listed in " + pool.nodeListSource() + ")");
    }

    private List<NodeStatus> up() {
        return pool.nodes().stream().filter(n -> n.state() == NodeState.UP).toList();
    }
}
