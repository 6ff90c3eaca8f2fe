package org.labjudge.app.pool;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.labjudge.protocol.ApiPaths;
import org.labjudge.protocol.ConsoleCommand;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProtocolException;

/**
 * One console session through the pool ({@link Pool#console}): placed on a node as a run is, and, until the program
 * runs, moved to another node when one cannot be reached or is busy. Once it runs it stays (what was typed cannot be
 * replayed): a node that dies or breaks the connection ends the session with {@link ConsoleEndReason#NODE_LOST},
 * never a hang (the socket is pinged, so a node that stops answering is found too). A node without the console
 * endpoint (an older node: 404) is not a failed node: the session tries the next, and ends REFUSED when none has it.
 * Input and end of input sent before the program runs go again with the start when the session moves. Input, end of
 * input and stop go to the node from any thread; every event, the end last, goes to the listener.
 */
public final class ConsoleCall {
    private final ObjectMapper mapper = Json.newMapper();
    private final OkHttpClient http;
    private final RunDispatcher dispatcher;
    private final int maxAttempts;
    private final ConsoleStart start;
    private final Consumer<ConsoleEvent> events;
    private final CompletableFuture<ConsoleEnd> ended = new CompletableFuture<>();
    private final Set<NodeTracker> tried = new HashSet<>();
    /** What was sent before the program ran: sent again after the start on the next node. */
    private final List<ConsoleCommand> early = new ArrayList<>();
    /** The nodes that have no console endpoint, by name. */
    private final List<String> withoutConsole = new ArrayList<>();
    private WebSocket socket;
    private NodeTracker node;
    private boolean started;
    private boolean stopped;
    private int attempts;

    ConsoleCall(OkHttpClient http, RunDispatcher dispatcher, int maxAttempts, ConsoleStart start,
            Consumer<ConsoleEvent> events) {
        this.http = http;
        this.dispatcher = dispatcher;
        this.maxAttempts = maxAttempts;
        this.start = start;
        this.events = events;
    }

    /** Completes with the session's end, after the listener heard it. */
    public CompletableFuture<ConsoleEnd> ended() {
        return ended;
    }

    /** The name of the node the session runs on, once placed. */
    public synchronized Optional<String> nodeName() {
        return Optional.ofNullable(node).map(n -> n.entry().name());
    }

    /** A typed line (its newline included) for the program's stdin. */
    public void type(String text) {
        send(ConsoleCommand.input(text));
    }

    /** End of input (Ctrl+D). */
    public void endInput() {
        send(ConsoleCommand.endOfInput());
    }

    /** Kills the program; the node's end (STOPPED) follows. */
    public void stop() {
        synchronized (this) {
            stopped = true;
            if (!started && socket == null) {
                finish(ConsoleEnd.without(ConsoleEndReason.STOPPED, "stopped before it started"));
                return;
            }
        }
        send(ConsoleCommand.stopping());
    }

    private synchronized void send(ConsoleCommand command) {
        if (!started && command.stop() == null) {
            early.add(command);
        }
        if (socket != null && !ended.isDone()) {
            socket.send(Json.write(mapper, command));
        }
    }

    /** Places the session on the next node. */
    synchronized void place() {
        if (ended.isDone()) {
            return;
        }
        if (stopped) {
            finish(ConsoleEnd.without(ConsoleEndReason.STOPPED, "stopped before it started"));
            return;
        }
        Optional<NodeTracker> chosen = attempts < maxAttempts
                ? dispatcher.chooseAndReserve(start.run().language(), tried) : Optional.empty();
        if (chosen.isEmpty() || (attempts > 0 && tried.contains(chosen.get()))) {
            chosen.ifPresent(dispatcher::release);
            if (!withoutConsole.isEmpty() && withoutConsole.size() == attempts) {
                boolean one = withoutConsole.size() == 1;
                finish(ConsoleEnd.without(ConsoleEndReason.REFUSED, (one ? "node " + withoutConsole.get(0)
                        + " runs no console sessions: it is" : "nodes " + String.join(", ", withoutConsole)
                        + " run no console sessions: they are") + " older than " + ApiPaths.CONSOLE));
                return;
            }
            finish(ConsoleEnd.without(ConsoleEndReason.BUSY, "no LabJudge node that runs "
                    + start.run().language() + " could take the session" + (attempts > 0 ? " (tried " + attempts
                    + ")" : "")));
            return;
        }
        attempts++;
        node = chosen.get();
        tried.add(node);
        Request.Builder request = new Request.Builder().url(node.entry().endpoint(ApiPaths.CONSOLE));
        if (node.entry().token() != null) {
            request.header("Authorization", "Bearer " + node.entry().token());
        }
        socket = http.newWebSocket(request.build(), new Listener(node));
        socket.send(Json.write(mapper, ConsoleCommand.start(start)));
        early.forEach(command -> socket.send(Json.write(mapper, command)));
    }

    private synchronized void finish(ConsoleEnd end) {
        if (ended.isDone()) {
            return;
        }
        if (node != null) {
            dispatcher.release(node);
        }
        try {
            events.accept(ConsoleEvent.end(end));
        } finally {
            ended.complete(end);
        }
    }

    /** The socket to one node; events of a socket given up are ignored. */
    private final class Listener extends WebSocketListener {
        private final NodeTracker on;

        Listener(NodeTracker on) {
            this.on = on;
        }

        private boolean current() {
            synchronized (ConsoleCall.this) {
                return node == on && !ended.isDone();
            }
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            if (!current()) {
                return;
            }
            ConsoleEvent event;
            try {
                event = Json.read(mapper, text, ConsoleEvent.class);
            } catch (ProtocolException e) {
                webSocket.cancel();
                lost("the node sent a message this client cannot read: " + e.getMessage());
                return;
            }
            if (event.last()) {
                ConsoleEnd end = event.end();
                boolean retry;
                synchronized (ConsoleCall.this) {
                    retry = !started && end.reason() == ConsoleEndReason.BUSY;
                    if (retry) {
                        dispatcher.release(on);
                        dispatcher.busy(on, end.message());
                        node = null;
                        socket = null;
                    }
                }
                if (retry) {
                    place();
                } else {
                    finish(end);
                }
                webSocket.close(1000, null);
                return;
            }
            synchronized (ConsoleCall.this) {
                if (event.started() != null) {
                    started = true;
                }
            }
            events.accept(event);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            if (!current()) {
                return;
            }
            String reason = response != null ? "HTTP " + response.code() : String.valueOf(t.getMessage());
            if (response != null && (response.code() == 401 || response.code() == 403)) {
                finish(ConsoleEnd.without(ConsoleEndReason.REFUSED,
                        "node " + on.entry().name() + " refused the session's token (" + reason + ")"));
                return;
            }
            // An answer other than the upgrade, from a node that is up: it has no console endpoint (404 on a
            // node older than it); the node still takes runs, so it is not marked failed.
            boolean noEndpoint = response != null && response.code() >= 400 && response.code() < 500;
            boolean retry;
            synchronized (ConsoleCall.this) {
                retry = !started;
                if (retry) {
                    dispatcher.release(on);
                    node = null;
                    socket = null;
                    if (noEndpoint) {
                        withoutConsole.add(on.entry().name());
                    }
                }
            }
            if (!noEndpoint) {
                dispatcher.failed(on, reason);
            }
            if (retry) {
                place();
            } else {
                lost("the connection broke mid-session (" + reason + ")");
            }
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            if (current()) {
                lost("the node closed the session without an end (" + code + ")");
            }
        }

        private void lost(String why) {
            finish(ConsoleEnd.without(ConsoleEndReason.NODE_LOST, "Lost node " + on.entry().name() + ": " + why
                    + ". The program's run is gone; run it again."));
        }
    }
}
