package org.labjudge.app.ui.console;

import java.util.concurrent.Executor;
import org.labjudge.app.pool.ConsoleCall;
import org.labjudge.app.pool.Pool;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.RunRequest;

/**
 * Starts a console session through the {@link Pool} for the {@link ConsoleModel}: the session's events go back to
 * the model on the UI thread, the model's typed input to the session. A session still running is stopped when a
 * new one starts. The request's stdin (the input pane's text, {@link PreparedInput#asTyped}) is typed first and then
 * input ends, as Ctrl+D would.
 * What the rest of the window hears of a session goes to its {@link Outcome}. UI thread.
 */
public final class ConsoleController {
    private final ConsoleModel model;
    private final Executor uiThread;
    private ConsoleCall current;

    public ConsoleController(ConsoleModel model, Executor uiThread) {
        this.model = model;
        this.uiThread = uiThread;
    }

    /** What a session tells the window besides its console: the run pane's summary, compile errors, the node. */
    public interface Outcome {
        /** The program runs on {@code nodeId}. */
        void started(String nodeId);

        /** It did not compile: the compiler's messages belong in the code and the compile errors pane. */
        void didNotCompile(CompileResult compile);

        /** How it ended; {@code summary} is the console's last line about it. */
        void ended(ConsoleEnd end, String summary);

        /** No node would hold it live ({@link ConsoleModel#endsWithoutAConsole}): run it as a batch instead. */
        void runAsBatch(String why);
    }

    /** Runs {@code request} live on {@code pool}; {@code what} names it. */
    public void start(Pool pool, RunRequest request, String what, Outcome outcome) {
        if (current != null) {
            current.stop();
        }
        Forward link = new Forward();
        PreparedInput input = new PreparedInput(request.stdin());
        model.starting(link, what, input);
        ConsoleCall call = pool.console(new ConsoleStart(request.withStdin(input.asTyped()), null, null), event -> uiThread.execute(() -> {
            if (link.call == current) {
                take(event, outcome);
            }
        }));
        link.call = call;
        current = call;
        if (!input.isEmpty()) {
            call.endInput();
        }
    }

    private void take(ConsoleEvent event, Outcome outcome) {
        if (model.endsWithoutAConsole(event)) {
            model.ranAsBatch(event.end().message());
            outcome.runAsBatch(event.end().message());
            return;
        }
        model.accept(event);
        if (event.started() != null) {
            outcome.started(event.started().nodeId());
        } else if (event.compile() != null) {
            outcome.didNotCompile(event.compile());
        } else if (event.last()) {
            outcome.ended(event.end(), model.statusProperty().get());
        }
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
