package org.labjudge.node.endtoend;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.labjudge.protocol.ConsoleCommand;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunRequest;

/** A console session's socket as a test drives it (the JDK's WebSocket client): commands out, events in. */
public final class ConsoleClient implements AutoCloseable {
    private final ObjectMapper json = Json.newMapper();
    private final BlockingQueue<ConsoleEvent> events = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private volatile boolean closedByNode;

    private ConsoleClient(URI uri, String token) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        socket = builder.buildAsync(uri, new Listener()).join();
    }

    /** Connects; a refused upgrade (no token, say) throws {@link CompletionException}. */
    public static ConsoleClient open(URI uri, String token) {
        return new ConsoleClient(uri, token);
    }

    /** A refused upgrade's answer: its status, headers (names in lower case) and body. */
    public record Refusal(int status, java.util.Map<String, String> headers, String body) {}

    /**
     * Sends the upgrade request of a session by hand (the JDK's client keeps a refused upgrade's body from its
     * caller) and reads the answer, which must not be the switch to a WebSocket.
     */
    public static Refusal refusedUpgrade(URI uri, String token) {
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            if (status == 101) {
                throw new AssertionError("the upgrade was accepted");
            }
            java.util.Map<String, String> headers = new java.util.TreeMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            char[] body = new char[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
            int read = 0;
            while (read < body.length) {
                int n = in.read(body, read, body.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return new Refusal(status, headers, new String(body, 0, read));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * {@link #refusedUpgrade} once the server refuses, trying every 20 ms for up to {@code seconds} (a server told to
     * stop may take a moment to begin its drain); fails when it still accepts sessions then.
     */
    public static Refusal awaitRefusedUpgrade(URI uri, String token, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                return refusedUpgrade(uri, token);
            } catch (AssertionError accepted) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("a new session was still accepted " + seconds + " s later");
    }

    public ConsoleClient start(RunRequest run, Integer idleSeconds, Integer totalSeconds) {
        return send(ConsoleCommand.start(new ConsoleStart(run, idleSeconds, totalSeconds)));
    }

    public ConsoleClient type(String text) {
        return send(ConsoleCommand.input(text));
    }

    public ConsoleClient endInput() {
        return send(ConsoleCommand.endOfInput());
    }

    public ConsoleClient stop() {
        return send(ConsoleCommand.stopping());
    }

    public ConsoleClient sendRaw(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    private ConsoleClient send(ConsoleCommand command) {
        return sendRaw(Json.write(json, command));
    }

    /** The next event, waiting up to {@code seconds}; fails when none comes. */
    public ConsoleEvent next(long seconds) {
        try {
            ConsoleEvent event = events.poll(seconds, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no console event within " + seconds + " s");
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Events up to and including the one with stdout containing {@code text}; the stdout seen so far. */
    public String awaitStdout(String text, long seconds) {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!seen.toString().contains(text)) {
            long left = TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()) + 1;
            ConsoleEvent event = next(left);
            if (event.last()) {
                throw new AssertionError("the session ended before printing " + text + ": " + event.end()
                        + "; printed: " + seen);
            }
            if (event.stdout() != null) {
                seen.append(event.stdout());
            }
        }
        return seen.toString();
    }

    /** Reads events up to the end; {@code stdout} collects what was printed meanwhile. */
    public ConsoleEnd awaitEnd(StringBuilder stdout, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()) + 1;
            ConsoleEvent event = next(left);
            if (event.last()) {
                return event.end();
            }
            if (event.stdout() != null && stdout != null) {
                stdout.append(event.stdout());
            }
        }
    }

    public boolean closedByNode() {
        return closedByNode;
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                events.add(Json.read(json, partial.toString(), ConsoleEvent.class));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedByNode = true;
            return null;
        }
    }
}
