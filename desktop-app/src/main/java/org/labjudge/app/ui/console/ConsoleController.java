package org.labjudge.app.ui.console;

import java.util.concurrent.Executor;
import org.labjudge.app.pool.ConsoleCall;
import org.labjudge.app.pool.Pool;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.RunRequest;

/**
 * Starts a console session through the {@link Pool} for the {@link ConsoleModel}: the session's events go back to
 * the model on the UI thread, the model's typed input to the session. A session still running is stopped when a
 * new one starts. UI thread.
 */
public final class ConsoleController {
    private final ConsoleModel model;
    private final Executor uiThread;
    private ConsoleCall current;

    public ConsoleController(ConsoleModel model, Executor uiThread) {
        this.model = model;
        this.uiThread = uiThread;
    }

    /** Runs {@code request} live on the pool ({@code null}: no pool, for {@code reason}); {@code what} names it. */
    public void start(Pool pool, String reason, RunRequest request, String what) {
        if (current != null) {
            current.stop();
        }
        Forward link = new Forward();
        model.starting(link, what);
        if (pool == null) {
            model.accept(ConsoleEvent.end(ConsoleEnd.without(ConsoleEndReason.BUSY, reason)));
            return;
        }
        ConsoleCall call = pool.console(new ConsoleStart(request, null, null), event -> uiThread.execute(() -> {
            if (link.call == current) {
                model.accept(event);
            }
        }));
        link.call = call;
        current = call;
    }

    /** Stops the session still running (the window closes). */
    public void stop() {
        if (current != null) {
            current.stop();
        }
    }

    /** The model's side of one session. */
    private static final class Forward implements ConsoleLink {
        private ConsoleCall call;

        @Override
        public void type(String text) {
            if (call != null) {
                call.type(text);
            }
        }

        @Override
        public void endInput() {
            if (call != null) {
                call.endInput();
            }
        }

        @Override
        public void stop() {
            if (call != null) {
                call.stop();
            }
        }
    }
}
