package org.labjudge.app.ui.run;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.labjudge.app.pool.PoolException;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/**
 * Runs one request at a time through the current {@link RunGateway} without ever blocking the UI thread:
 * {@link #runningProperty()} drives the progress indicator and the Cancel button, and the outcome reaches the
 * {@link RunListener} on the UI thread. A cancelled or superseded run's late result is dropped.
 */
public final class RunController {

    private final RunListener listener;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper lastNode = new ReadOnlyStringWrapper(this, "lastNode");
    private RunGateway gateway;
    private String unavailableReason = "Connecting to the LabJudge nodes\u2026";
    private CompletableFuture<RunResult> current;
    private RunKind currentKind;
    private long job;

    public RunController(RunListener listener) {
        this.listener = listener;
    }

    /** Uses {@code newGateway} for the next runs ({@code null}: none, for {@code reason}). UI thread. */
    public void setGateway(RunGateway newGateway, String reason) {
        this.gateway = newGateway;
        this.unavailableReason = reason;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The node that ran the last run, {@code null} before the first. */
    public ReadOnlyStringProperty lastNodeProperty() {
        return lastNode.getReadOnlyProperty();
    }

    /** Starts {@code request}; ignored while another run is in flight. UI thread. */
    public void start(RunKind kind, RunRequest request) {
        if (running.get()) {
            return;
        }
        if (gateway == null) {
            listener.failed(kind, unavailableReason);
            return;
        }
        long mine = ++job;
        currentKind = kind;
        running.set(true);
        CompletableFuture<RunResult> future;
        try {
            future = gateway.submit(request);
        } catch (RuntimeException e) {
            running.set(false);
            listener.failed(kind, describe(e));
            return;
        }
        current = future;
        future.whenComplete((result, error) -> Platform.runLater(() -> complete(mine, kind, request, result, error)));
    }

    /** Abandons the run in flight, if any. UI thread. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        job++;
        if (current != null) {
            current.cancel(true);
        }
        running.set(false);
        listener.cancelled(currentKind);
    }

    private void complete(long id, RunKind kind, RunRequest request, RunResult result, Throwable error) {
        if (id != job) {
            return;
        }
        running.set(false);
        if (error == null) {
            if (result.nodeId() != null) {
                lastNode.set(result.nodeId());
            }
            listener.finished(kind, request, result);
        } else if (unwrap(error) instanceof CancellationException) {
            listener.cancelled(kind);
        } else {
            listener.failed(kind, describe(error));
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** A plain sentence for the student: the pool's own message, else what went wrong in short. */
    static String describe(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof PoolException && e.getMessage() != null) {
            return e.getMessage();
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "The run failed: " + detail;
    }
}
