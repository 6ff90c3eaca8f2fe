package org.labjudge.app.ui.webimport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Listens on loopback for the Competitive Companion extension, which POSTs a problem as JSON to {@code /} on a
 * fixed port. Each body goes to the {@link ImportModel}; the sender gets 200 or 400 with the model's words.
 * The JDK's own HTTP server: no dependency and nothing to load on the editor's start path.
 */
public final class CompanionReceiver implements AutoCloseable {

    /** A problem with its samples is a few kB; a big contest's multi-test samples stay well under this. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService handler;

    private CompanionReceiver(HttpServer server, ExecutorService handler) {
        this.server = server;
        this.handler = handler;
    }

    /** Starts listening on {@code 127.0.0.1:port} (0: any free port); fails when the port is taken. */
    public static CompanionReceiver start(int port, ImportModel model) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService handler = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "labjudge-companion-receiver");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handler);
        server.createContext("/", exchange -> handle(exchange, model));
        server.start();
        return new CompanionReceiver(server, handler);
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(HttpExchange exchange, ImportModel model) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                reply(exchange, new Answer(405, "POST a Competitive Companion problem (JSON) here"));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                reply(exchange, new Answer(413, "The problem is larger than " + MAX_BODY_BYTES + " bytes"));
                return;
            }
            reply(exchange, model.receive(new String(body, StandardCharsets.UTF_8)));
        }
    }

    private static void reply(HttpExchange exchange, Answer answer) throws IOException {
        byte[] text = (answer.message() + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), text.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(text);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handler.shutdownNow();
    }
}
