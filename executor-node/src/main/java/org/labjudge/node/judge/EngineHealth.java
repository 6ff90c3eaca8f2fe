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
 */
public final class EngineHealth implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineHealth.class);

    private final SandboxProvider sandboxes;
    private final ScheduledExecutorService timer;
    private final Runnable onRecovery;
    private volatile Health current;

    /**
     * @param onRecovery run (on the watcher's thread) when the engine answers again after being down
     */
    public EngineHealth(SandboxProvider sandboxes, long intervalMs, Runnable onRecovery) {
        this.sandboxes = sandboxes;
        this.onRecovery = onRecovery;
        this.current = check();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "engine-health");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refresh, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    public Health current() {
        return current;
    }

    private void refresh() {
        Health before = current;
        Health now = check();
        current = now;
        if (before.isUp() != now.isUp()) {
            LOG.warn("sandbox engine is {}{}", now.status(), now.isUp() ? "" : ": " + now.detail());
        }
        if (!before.isUp() && now.isUp()) {
            try {
                onRecovery.run();
            } catch (RuntimeException e) {
                LOG.warn("after the engine came back: {}", e.toString());
            }
        }
    }

    private Health check() {
        return sandboxes.available() ? Health.up() : Health.down("the Docker engine does not answer");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
