package org.labjudge.app.ui.console;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;

/**
 * A live console run (a view-model: JavaFX properties, no controls): the transcript, what the program printed and
 * what the user typed in the order it happened, whether the program runs and takes input, and a status line that
 * ends with how it ended (exit code, time, memory). Typed lines go to the session's {@link ConsoleLink}; the
 * session's events come in through {@link #accept}. The terminal echoes nothing, so what was typed (or prepared in
 * the input pane) is shown here, once. UI thread.
 */
public final class ConsoleModel {
    private final ReadOnlyStringWrapper transcript = new ReadOnlyStringWrapper(this, "transcript", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper inputOpen = new ReadOnlyBooleanWrapper(this, "inputOpen");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Run (Ctrl+Enter): the program starts at once and you type its input (or it reads the input pane's).");
    private final ReadOnlyIntegerWrapper sessions = new ReadOnlyIntegerWrapper(this, "sessions");
    private ConsoleLink link;
    /** Whether the session in hand has its program running (it was placed and compiled). */
    private boolean live;

    public ReadOnlyStringProperty transcriptProperty() {
        return transcript.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether a typed line still reaches the program (it runs and its input was not ended). */
    public ReadOnlyBooleanProperty inputOpenProperty() {
        return inputOpen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Counts the sessions started: the view takes the keyboard to the input line at each. */
    public ReadOnlyIntegerProperty sessionsProperty() {
        return sessions.getReadOnlyProperty();
    }

    /** A new session is being placed, the user to type its input: the last one's transcript goes. */
    public void starting(ConsoleLink newLink, String what) {
        starting(newLink, what, new PreparedInput(""));
    }

    /**
     * A new session is being placed with {@code input} as its stdin (none: the user types it): the transcript
     * starts with that input, as typed ahead in a terminal, and once it is there the program's input is closed.
     */
    public void starting(ConsoleLink newLink, String what, PreparedInput input) {
        link = newLink;
        live = false;
        transcript.set(input.asTyped());
        running.set(true);
        inputOpen.set(input.isEmpty());
        status.set("Starting " + what + (input.isEmpty() ? "" : " with the input pane as its input") + "\u2026");
        sessions.set(sessions.get() + 1);
    }

    /**
     * Whether {@code event} ends the session before its program ran because the node would not hold it (a
     * node or gateway older than consoles refuses them, an older runtime image fails them): a batch run may still work.
     * A compile error, a busy pool, a stop are told as they are.
     */
    public boolean endsWithoutAConsole(ConsoleEvent event) {
        return event.last() && !live && (event.end().reason() == ConsoleEndReason.REFUSED
                || event.end().reason() == ConsoleEndReason.INTERNAL_ERROR);
    }

    /** The session could not run live ({@link #endsWithoutAConsole}) and ran as a batch run instead. */
    public void ranAsBatch(String why) {
        link = null;
        running.set(false);
        inputOpen.set(false);
        status.set("Not run live (" + why + "): ran as a batch run instead, its output in Input & output.");
    }

    /** One event of the session. */
    public void accept(ConsoleEvent event) {
        if (event.started() != null) {
            live = true;
            status.set("Running on " + event.started().nodeId() + (inputOpen.get()
                    ? ": type its input, Enter sends a line, Ctrl+D ends it." : " with the input pane as its input."));
        } else if (event.stdout() != null) {
            transcript.set(transcript.get() + event.stdout());
        } else if (event.compile() != null) {
            transcript.set(transcript.get() + event.compile().stdout() + event.compile().stderr());
        } else if (event.last()) {
            ended(event.end());
        }
    }

    private void ended(ConsoleEnd end) {
        link = null;
        running.set(false);
        inputOpen.set(false);
        status.set(title(end.reason()) + ": " + end.message());
    }

    private static String title(ConsoleEndReason reason) {
        return switch (reason) {
            case EXITED -> "Ended";
            case STOPPED -> "Stopped";
            case IDLE -> "Ended (idle)";
            case LIMIT -> "Limit reached";
            case COMPILATION_ERROR -> "Compilation failed";
            case REFUSED -> "Not started";
            case BUSY -> "No node free";
            case INTERNAL_ERROR -> "Node error";
            case NODE_LOST -> "Node lost";
        };
    }

    /** The user pressed Enter on {@code line}: it shows in the transcript and goes to the program with its newline. */
    public void submitLine(String line) {
        if (link == null || !inputOpen.get()) {
            return;
        }
        transcript.set(transcript.get() + line + "\n");
        link.type(line + "\n");
    }

    /** Ctrl+D: the program reads end of input. */
    public void endInput() {
        if (link == null || !inputOpen.get()) {
            return;
        }
        inputOpen.set(false);
        link.endInput();
    }

    /** Stop: kills the program; the end follows from the node. */
    public void stop() {
        if (link != null) {
            link.stop();
        }
    }
}
