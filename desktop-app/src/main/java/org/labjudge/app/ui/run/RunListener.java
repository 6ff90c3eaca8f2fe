package org.labjudge.app.ui.run;

import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/** Hears how a run started through {@link RunController} ended; called on the JavaFX thread. */
public interface RunListener {

    void finished(RunKind kind, RunRequest request, RunResult result);

    /** The run could not be done; {@code message} is meant for the student. */
    void failed(RunKind kind, String message);

    void cancelled(RunKind kind);
}
