package org.labjudge.app.ui.webimport;

import java.io.IOException;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The receiver's life in the window: it listens on the port the settings name (off the UI thread, so binding
 * never holds up a frame), moves when that port changes, stops for 0 and for good when the window closes. A port
 * another tool holds is reported in words; the editor works on without it.
 */
public final class WebImport implements AutoCloseable {

    private final ImportModel model;
    private final Executor background;
    private final Consumer<String> onError;
    private CompanionReceiver receiver;
    private boolean closed;

    /** {@code onError} hears, from a background thread, why the receiver cannot listen. */
    public WebImport(ImportModel model, Executor background, Consumer<String> onError) {
        this.model = model;
        this.background = background;
        this.onError = onError;
    }

    /** Listens on {@code port} from now on (0: not at all); returns at once. */
    public void listenOn(int port) {
        background.execute(() -> move(port));
    }

    /** The port problems are received on; empty while nothing listens. */
    public synchronized OptionalInt port() {
        return receiver == null ? OptionalInt.empty() : OptionalInt.of(receiver.port());
    }

    private synchronized void move(int port) {
        if (receiver != null && receiver.port() == port) {
            return;
        }
        stop();
        if (closed || port == 0) {
            return;
        }
        try {
            receiver = CompanionReceiver.start(port, model);
        } catch (IOException e) {
            onError.accept("Cannot receive problems from Competitive Companion on port " + port + " ("
                    + e.getMessage() + "): another tool may use it; choose a port in Settings.");
        }
    }

    private void stop() {
        if (receiver != null) {
            receiver.close();
            receiver = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        stop();
    }
}
