package org.labjudge.gateway;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolException;
import org.labjudge.gateway.config.GatewayConfig;
import org.labjudge.gateway.jobe.JobeForwarding;
import org.labjudge.node.admission.Admission;
import org.labjudge.node.judge.AdmittedRunService;
import org.labjudge.node.api.FrontEnd;
import org.labjudge.node.api.NodeApi;
import org.labjudge.node.api.jobe.JobeApi;
import org.labjudge.node.api.jobe.JobeFileCache;
import org.labjudge.node.api.jobe.JobeLanguages;
import org.labjudge.node.api.piston.PistonApi;
import org.labjudge.node.api.piston.PistonRuntimes;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.node.judge.RunService;
import org.labjudge.node.metrics.NodeMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of a gateway: the pool client over the node list, and the node's HTTP server with its
 * front-ends (v1, Jobe, Piston) over the pool instead of a worker. Auth, body caps, error shapes and metrics
 * are the node's, so a client cannot tell a gateway from a node except by its capacity.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final GatewayConfig config;
    private final Pool pool;
    private final NodeApi api;
    private final Admission admission;
    private final PoolRunService pooled;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean shutDown;

    private Gateway(GatewayConfig config, Pool pool, NodeApi api, Admission admission, PoolRunService pooled) {
        this.config = config;
        this.pooled = pooled;
        this.pool = pool;
        this.api = api;
        this.admission = admission;
    }

    /**
     * Reads the node list, polls every node once, and returns once the API listens. Nodes that are down are
     * polled on and used when they come up.
     *
     * @throws PoolException when the node list is missing or broken
     */
    public static Gateway start(GatewayConfig config, String version) throws PoolException {
        Pool pool = Pool.start(config.pool());
        Gateway gateway;
        try {
            NodeMetrics metrics = new NodeMetrics(List.of(RunOptions.V1_FRONTEND, JobeApi.FRONTEND, PistonApi.FRONTEND));
            PoolRunService pooled = new PoolRunService(pool, metrics);
            // One waiting room for every front-end, as large as the slots of the nodes that are up.
            Admission admission = new Admission(config.admission(), () -> pooled.load().slots());
            RunService service = new AdmittedRunService(pooled, admission);
            JobeFileCache files = new JobeFileCache(JobeFileCache.DEFAULT_MAX_BYTES);
            List<FrontEnd> frontEnds = List.of(
                    new JobeApi(service, metrics, JobeLanguages.defaults(), files,
                            new JobeForwarding(pool, files, admission, metrics)),
                    new PistonApi(service, metrics, PistonRuntimes.defaults()));
            NodeApi api = new NodeApi(config.api(version), service, metrics, frontEnds);
            api.start();
            gateway = new Gateway(config, pool, api, admission, pooled);
            LOG.info("gateway {} listens on http://{}:{} for {} node(s) of {}", config.gatewayId(), config.bind(),
                    api.port(), pool.nodes().size(), pool.nodeListSource());
            return gateway;
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
        }
    }

    public int port() {
        return api.port();
    }

    /** The pool it sends runs to. */
    public Pool pool() {
        return pool;
    }

    /** Its waiting room: runs going on and waiting, per client. */
    public Admission admission() {
        return admission;
    }

    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /**
     * Lets requests in progress and console sessions finish within the drain time (sessions still going then end
     * with a message that says so), then stops the API and the pool. Idempotent.
     */
    public synchronized void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        LOG.info("gateway {}: draining (up to {} s)", config.gatewayId(), config.drainSeconds());
        admission.close(); // waiting runs and new sessions are refused; those going on finish while the API drains
        pooled.drainConsoles(Duration.ofSeconds(config.drainSeconds())); // then ended, each with its end message
        api.stop();
        pool.close();
        LOG.info("gateway {} stopped", config.gatewayId());
        stopped.countDown();
    }

    /** {@link #shutdown()}. */
    @Override
    public void close() {
        shutdown();
    }
}
