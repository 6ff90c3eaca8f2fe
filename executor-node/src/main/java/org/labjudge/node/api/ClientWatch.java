package org.labjudge.node.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.labjudge.node.judge.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that a request's client closed its connection while the server works on the answer, and cancels the
 * work. Jetty itself learns of a closed connection only when it next reads or writes, and it neither reads nor,
 * before a run ends, writes; so every {@link #POLL_MILLIS} this reads the connection without waiting: end of
 * stream or a reset is the client gone. Only for HTTP/1.x, once the request's body is read (nothing of it is left
 * to take). A client that sends more bytes meanwhile (a pipelined request) is left unwatched, and its
 * connection closed after the answer, since the bytes read cannot be given back.
 */
final class ClientWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClientWatch.class);
    /** How often the connection is read: the bound on how long a run outlives its client. */
    static final long POLL_MILLIS = 200;

    private final Context ctx;
    private final EndPoint endPoint;
    private final Cancellation cancellation;
    private final ByteBuffer probe = ByteBuffer.allocate(1);
    private ScheduledFuture<?> task;
    private boolean closed;
    private boolean spoiled;

    private ClientWatch(Context ctx, EndPoint endPoint, Cancellation cancellation) {
        this.ctx = ctx;
        this.endPoint = endPoint;
        this.cancellation = cancellation;
    }

    /** Watches {@code ctx}'s connection on {@code timer} until closed, cancelling {@code cancellation} when it goes. */
    static ClientWatch start(Context ctx, ScheduledExecutorService timer, Cancellation cancellation) {
        ClientWatch watch = new ClientWatch(ctx, endPointOf(ctx), cancellation);
        if (watch.endPoint != null) {
            synchronized (watch) {
                watch.task = timer.scheduleWithFixedDelay(watch::look, POLL_MILLIS, POLL_MILLIS,
                        TimeUnit.MILLISECONDS);
            }
        }
        return watch;
    }

    private static EndPoint endPointOf(Context ctx) {
        if (!ctx.req().getProtocol().startsWith("HTTP/1.")) {
            return null; // another protocol multiplexes requests on one connection: its end is not this one's
        }
        try {
            return ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                    .getEndPoint();
        } catch (RuntimeException e) {
            LOG.debug("cannot watch the connection of {}: {}", ctx.path(), e.toString());
            return null;
        }
    }

    private void look() {
        boolean gone;
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                probe.clear().flip(); // empty, in Jetty's fill mode: fill appends what it reads
                int read = endPoint.fill(probe);
                gone = read < 0;
                if (read > 0) {
                    spoiled = true;
                    stop();
                    return;
                }
            } catch (IOException e) {
                gone = true;
            }
            if (gone) {
                stop();
            }
        }
        if (gone) {
            LOG.info("the client of {} closed its connection; cancelling its run", ctx.path());
            cancellation.cancel();
        }
    }

    private void stop() {
        closed = true;
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Stops watching before the answer is written: no read of this watch races Jetty's own after it. */
    @Override
    public synchronized void close() {
        stop();
        if (spoiled && !ctx.res().isCommitted()) {
            ctx.header("Connection", "close");
        }
    }
}
