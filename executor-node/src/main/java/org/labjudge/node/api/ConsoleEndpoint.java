package org.labjudge.node.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.labjudge.node.judge.ConsolePolicy;
import org.labjudge.node.judge.ConsoleSession;
import org.labjudge.node.judge.InvalidRunException;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.node.judge.RunService;
import org.labjudge.node.metrics.NodeMetrics;
import org.labjudge.protocol.ConsoleCommand;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleLimits;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console front-end ({@code /api/v1/console}, a WebSocket): the first message starts a live run on the
 * {@link RunService}, on a thread of its own; later messages are typed input, end of input and stop; the run's
 * events go back as they come, its end last, then the node closes the socket. Auth is the server's, checked on
 * the upgrade request, and so is whether the service takes work (a draining server answers 503
 * {@code shutting_down} before the upgrade); a client that goes away stops its program. Each session is counted in
 * the metrics: started, ended by reason, bytes typed and printed, its duration.
 */
final class ConsoleEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleEndpoint.class);
    /** The front-end's name in metrics and run options. */
    static final String FRONTEND = "console";
    /** The socket outlives the longest session by this much; past that only a dead peer keeps it. */
    private static final Duration SOCKET_SLACK = Duration.ofSeconds(60);
    private static final Duration PING_EVERY = Duration.ofSeconds(15);

    private final RunService service;
    private final NodeMetrics metrics;
    private final ObjectMapper mapper;
    private final long maxMessageBytes;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    /** Every socket until it is closed: a session's end is delivered once its socket's close completes. */
    private final Map<String, Connection> sockets = new ConcurrentHashMap<>();

    ConsoleEndpoint(RunService service, NodeMetrics metrics, ObjectMapper mapper, long maxMessageBytes) {
        this.service = service;
        this.metrics = metrics;
        this.mapper = mapper;
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * Before the upgrade: a service that takes no work now (draining, its engine down) refuses the session with the
     * same 503 and reason a run gets, so the client goes to another server.
     */
    void refuseUnlessAccepting() {
        try {
            service.checkAccepting();
        } catch (RunRejectedException e) {
            metrics.recordRejected(FRONTEND, e.reason());
            throw ApiProblem.refused(e);
        }
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setIdleTimeout(socketIdle());
            ctx.session.setMaxTextMessageSize(maxMessageBytes);
            ctx.enableAutomaticPings(PING_EVERY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            String client = ctx.attribute(RunClients.ATTRIBUTE);
            Connection connection = new Connection(ctx, client == null ? RunOptions.ANONYMOUS : client);
            connections.put(ctx.sessionId(), connection);
            sockets.put(ctx.sessionId(), connection);
        });
        ws.onMessage(ctx -> {
            Connection connection = connections.get(ctx.sessionId());
            if (connection != null) {
                connection.received(ctx.message());
            }
        });
        ws.onClose(ctx -> gone(ctx));
        ws.onError(ctx -> gone(ctx));
    }

    /** The longest session this server's console limits allow (a gateway's nodes': the default's), and the slack. */
    private Duration socketIdle() {
        ConsoleLimits limits = service.limits().console();
        int longest = limits == null ? ConsolePolicy.DEFAULT.maxTotalSeconds() : limits.maxTotalSeconds();
        return Duration.ofSeconds(longest).plus(SOCKET_SLACK);
    }

    /** The client went away: its program is stopped (a session nobody watches only holds a slot). */
    private void gone(WsContext ctx) {
        sockets.remove(ctx.sessionId());
        Connection connection = connections.remove(ctx.sessionId());
        if (connection != null) {
            connection.session.stop();
        }
    }

    /**
     * Waits up to {@code wait} until every socket whose session started is closed. A stopping server calls it
     * between ending its sessions and stopping its connectors: the end is sent on the session's own thread after
     * the run service returns, and a server stopped in between would drop it unsent.
     */
    void awaitStartedSocketsClosed(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (sockets.values().stream().anyMatch(Connection::started) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One socket: at most one session, its messages sent one at a time. */
    private final class Connection {
        private final WsContext ctx;
        private final String client;
        private final ConsoleSession session = new ConsoleSession(this::send);
        private boolean started;
        private boolean closed;
        /** The session's language as counted (a language the server does not offer is "unknown"); null until start. */
        private String language;
        private long startedNanos;

        Connection(WsContext ctx, String client) {
            this.ctx = ctx;
            this.client = client;
        }

        synchronized boolean started() {
            return started;
        }

        void received(String text) {
            ConsoleCommand command;
            try {
                command = Json.read(mapper, text, ConsoleCommand.class);
            } catch (ProtocolException e) {
                refuse(ConsoleEndReason.REFUSED, "not a console message: " + e.getMessage());
                return;
            }
            synchronized (this) {
                if (command.start() != null) {
                    if (started) {
                        refuse(ConsoleEndReason.REFUSED, "a session starts once");
                        session.stop(); // its socket is closed: nobody hears the program any more
                        return;
                    }
                    started = true;
                    Thread runner = new Thread(() -> run(command), "console-" + ctx.sessionId());
                    runner.setDaemon(true);
                    runner.start();
                    return;
                }
                if (!started) {
                    refuse(ConsoleEndReason.REFUSED, "the first message of a session is start");
                    return;
                }
            }
            if (command.input() != null) {
                metrics.recordConsoleBytes(FRONTEND, command.input().getBytes(StandardCharsets.UTF_8).length, 0);
                session.type(command.input());
            } else if (command.endInput() != null) {
                session.endInput();
            } else {
                session.stop();
            }
        }

        private void run(ConsoleCommand command) {
            String asked = command.start().run() == null ? null : command.start().run().language();
            synchronized (this) {
                language = asked != null && service.languagesById().containsKey(asked) ? asked : "unknown";
                startedNanos = System.nanoTime();
            }
            metrics.recordConsoleStarted(FRONTEND, language);
            RunOptions options = RunOptions.of(FRONTEND).withClient(client);
            ConsoleEnd end;
            try {
                end = service.console(command.start(), options, session);
            } catch (InvalidRunException | ProtocolException e) {
                end = ConsoleEnd.without(ConsoleEndReason.REFUSED, e.getMessage());
            } catch (RunRejectedException e) {
                metrics.recordRejected(FRONTEND, e.reason());
                end = ConsoleEnd.without(ConsoleEndReason.BUSY,
                        e.getMessage() + "; try again in " + e.retryAfterSeconds() + " s");
            } catch (RuntimeException e) {
                LOG.error("console session {} failed", ctx.sessionId(), e);
                end = ConsoleEnd.without(ConsoleEndReason.INTERNAL_ERROR,
                        "the node failed to run this session; the error is in the node's log");
            }
            finish(end);
        }

        private void refuse(ConsoleEndReason reason, String message) {
            finish(ConsoleEnd.without(reason, message));
        }

        private synchronized void finish(ConsoleEnd end) {
            if (closed) {
                return;
            }
            send(ConsoleEvent.end(end));
            closed = true;
            if (language != null) {
                metrics.recordConsoleEnded(FRONTEND, language, end.reason(), (System.nanoTime() - startedNanos) / 1_000_000);
            }
            connections.remove(ctx.sessionId());
            try {
                ctx.closeSession(1000, "session ended");
            } catch (RuntimeException e) {
                LOG.debug("closing console socket {}: {}", ctx.sessionId(), e.toString());
            }
        }

        private synchronized void send(ConsoleEvent event) {
            if (closed) {
                return;
            }
            if (event.stdout() != null) {
                metrics.recordConsoleBytes(FRONTEND, 0, event.stdout().getBytes(StandardCharsets.UTF_8).length);
            }
            try {
                ctx.send(Json.write(mapper, event));
            } catch (RuntimeException e) {
                // The client is gone; onClose stops the program.
                LOG.debug("console socket {} did not take an event: {}", ctx.sessionId(), e.toString());
            }
        }
    }
}
