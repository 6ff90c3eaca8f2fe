package org.labjudge.node.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DockerClientConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether the Docker engine answers, by a ping on a fresh connection each time.
 *
 * <p>Fresh, because an engine that is shutting down closes its socket to new connections at once
 * but keeps answering on the ones already open for seconds; a pooled connection would report it
 * alive. A refused connection fails at once, so the deadline only bounds an engine that hangs.
 */
public final class EngineProbe implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineProbe.class);

    private final Supplier<DockerClient> clients;
    private final Duration deadline;
    private final Duration firstDeadline;
    private final ExecutorService pings = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "docker-ping");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean answeredOnce;
    private volatile String lastProblem = "";

    /**
     * @param clients makes a new client (with its own connections) for each check
     * @param deadline how long an answer may take once the engine has answered before
     * @param firstDeadline how long the first answer may take: a fresh JVM on a loaded machine
     *        loads the HTTP and JSON stack during that call
     */
    public EngineProbe(Supplier<DockerClient> clients, Duration deadline, Duration firstDeadline) {
        this.clients = clients;
        this.deadline = deadline;
        this.firstDeadline = firstDeadline;
    }

    /** A probe of the engine DOCKER_HOST names now, with this node's usual deadlines. */
    public static EngineProbe standard() {
        Duration deadline = Duration.ofMillis(1500);
        // Read once: the engine probed must stay the one the node's sandboxes use.
        DockerClientConfig engine = DockerClients.fromEnvironment();
        return new EngineProbe(() -> DockerClients.forHealthChecks(engine, deadline), deadline, Duration.ofSeconds(15));
    }

    /** Whether the engine answers a ping now. */
    public boolean answers() {
        Duration wait = answeredOnce ? deadline : firstDeadline;
        DockerClient client = clients.get();
        Future<?> ping = pings.submit(() -> client.pingCmd().exec());
        try {
            ping.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            answeredOnce = true;
            lastProblem = "";
            return true;
        } catch (ExecutionException e) {
            noteProblem(String.valueOf(e.getCause()));
            return false;
        } catch (TimeoutException e) {
            noteProblem("no answer within " + wait.toMillis() + " ms");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            // Not interrupted: closing the client ends a call that still waits, and an interrupt
            // inside the HTTP client's pool is what once left it unusable.
            ping.cancel(false);
            closeQuietly(client);
        }
    }

    private void noteProblem(String problem) {
        if (!problem.equals(lastProblem)) {
            LOG.info("the Docker engine does not answer: {}", problem);
            lastProblem = problem;
        } else {
            LOG.debug("the Docker engine does not answer: {}", problem);
        }
    }

    private static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a health-check client: {}", e.toString());
        }
    }

    @Override
    public void close() {
        pings.shutdownNow();
    }
}
