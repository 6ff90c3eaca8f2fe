package org.labjudge.node.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
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
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console front-end ({@code /api/v1/console}, a WebSocket): the first message starts a live run on the
 * {@link RunService}, on a thread of its own; later messages are typed input, end of input and stop; the run's
 * events go back as they come, its end last, then the node closes the socket. Auth is the server's, checked on
 * the upgrade request; a client that goes away stops its program.
 */
final class ConsoleEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleEndpoint.class);
    /** The front-end's name in metrics and run options. */
    static final String FRONTEND = "console";
    /** The socket outlives the longest session; past that only a dead peer keeps it. */
    private static final Duration SOCKET_IDLE = Duration.ofSeconds(ConsolePolicy.DEFAULT.maxTotalSeconds() + 60L);
    private static final Duration PING_EVERY = Duration.ofSeconds(15);

    private final RunService service;
    private final NodeMetrics metrics;
    private final ObjectMapper mapper;
    private final long maxMessageBytes;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    ConsoleEndpoint(RunService service, NodeMetrics metrics, ObjectMapper mapper, long maxMessageBytes) {
        this.service = service;
        this.metrics = metrics;
        this.mapper = mapper;
        this.maxMessageBytes = maxMessageBytes;
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setIdleTimeout(SOCKET_IDLE);
            ctx.session.setMaxTextMessageSize(maxMessageBytes);
            ctx.enableAutomaticPings(PING_EVERY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            String client = ctx.attribute(RunClients.ATTRIBUTE);
            connections.put(ctx.sessionId(), new Connection(ctx, client == null ? RunOptions.ANONYMOUS : client));
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

    /** The client went away: its program is stopped (a session nobody watches only holds a slot). */
    private void gone(WsContext ctx) {
        Connection connection = connections.remove(ctx.sessionId());
        if (connection != null) {
            connection.session.stop();
        }
    }

    /** One socket: at most one session, its messages sent one at a time. */
    private final class Connection {
        private final WsContext ctx;
        private final String client;
        private final ConsoleSession session = new ConsoleSession(this::send);
        private boolean started;
        private boolean closed;

        Connection(WsContext ctx, String client) {
            this.ctx = ctx;
            this.client = client;
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
                session.type(command.input());
            } else if (command.endInput() != null) {
                session.endInput();
            } else {
                session.stop();
            }
        }

        private void run(ConsoleCommand command) {
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
            send(ConsoleEvent.end(end));
            closed = true;
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
            try {
                ctx.send(Json.write(mapper, event));
            } catch (RuntimeException e) {
                // The client is gone; onClose stops the program.
                LOG.debug("console socket {} did not take an event: {}", ctx.sessionId(), e.toString());
            }
        }
    }
}
