package org.labjudge.app.ui.console;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;

/**
 * A live console run (a view-model: JavaFX properties, no controls): the transcript, what the program printed and
 * what the user typed in the order it happened, whether the program runs and takes input, and a status line that
 * ends with how it ended (exit code, time, memory). Typed lines go to the session's {@link ConsoleLink}; the
 * session's events come in through {@link #accept}. UI thread.
 */
public final class ConsoleModel {
    private final ReadOnlyStringWrapper transcript = new ReadOnlyStringWrapper(this, "transcript", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper inputOpen = new ReadOnlyBooleanWrapper(this, "inputOpen");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Run in console: the program starts at once and you type its input.");
    private ConsoleLink link;

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

    /** A new session is being placed: the last one's transcript goes. */
    public void starting(ConsoleLink newLink, String what) {
        link = newLink;
        transcript.set("");
        running.set(true);
        inputOpen.set(true);
        status.set("Starting " + what + "\u2026");
    }

    /** One event of the session. */
    public void accept(ConsoleEvent event) {
        if (event.started() != null) {
            status.set("Running on " + event.started().nodeId() + ": type its input, Enter sends a line,"
                    + " Ctrl+D ends it.");
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
