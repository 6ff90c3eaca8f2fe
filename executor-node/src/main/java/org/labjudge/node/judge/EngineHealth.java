package org.labjudge.node.judge;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.protocol.Health;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the sandbox engine in the background, so a health check or a run never waits on a
 * dead engine: an engine that stops is seen within one interval, one that comes back likewise.
 * An engine that answers again is prepared (see {@code onEngineUp}) before the node says UP, so
 * no run is admitted into a half-recovered node.
 */
public final class EngineHealth implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineHealth.class);
    static final String NOT_ANSWERING = "the Docker engine does not answer";

    private final SandboxProvider sandboxes;
    private final ScheduledExecutorService timer;
    private final Runnable onEngineUp;
    private volatile Health current = Health.down(NOT_ANSWERING);

    /**
     * Checks the engine once before returning (preparing it when it answers), then every
     * {@code intervalMs} in the background.
     *
     * @param onEngineUp prepares an engine that answers after not answering (and at the first
     *        check): run on the watcher's thread; the node stays DOWN until it returns, and
     *        stays DOWN (retried at the next check) when it throws
     */
    public EngineHealth(SandboxProvider sandboxes, long intervalMs, Runnable onEngineUp) {
        this.sandboxes = sandboxes;
        this.onEngineUp = onEngineUp;
        refresh();
        if (!current.isUp()) {
            LOG.warn("{}; health is DOWN until it does", current.detail());
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "engine-health");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refreshQuietly, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    public Health current() {
        return current;
    }

    /** A scheduled task that throws is never run again: the watcher must outlive any failure. */
    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("engine health check failed: {}", e.toString());
            current = Health.down(NOT_ANSWERING);
        }
    }

    private void refresh() {
        Health before = current;
        if (!sandboxes.available()) {
            current = Health.down(NOT_ANSWERING);
            if (before.isUp()) {
                LOG.warn("sandbox engine is DOWN: {}", NOT_ANSWERING);
            }
            return;
        }
        if (before.isUp()) {
            return;
        }
        try {
            onEngineUp.run();
        } catch (RuntimeException e) {
            LOG.warn("the engine answers but could not be prepared (retried at the next check): {}", e.toString());
            current = Health.down("the Docker engine answers but the node could not prepare it: " + e.getMessage());
            return;
        }
        current = Health.up();
        LOG.info("sandbox engine is UP");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
