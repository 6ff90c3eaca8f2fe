package org.labjudge.app.ui.run;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolException;
import org.labjudge.app.ui.pool.StatusModel;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

/**
 * Runs one request at a time on the current {@link Pool} without ever blocking the UI thread:
 * {@link #runningProperty()} drives the progress indicator and the Cancel button, and the outcome goes to the
 * {@link RunModel} of the tab that asked (not the tab on screen when it ends) and to the status line. A cancelled
 * or superseded run's late result is dropped. UI thread; {@code uiThread} hands the pool's answers back to it.
 */
public final class RunController {

    private final StatusModel status;
    private final Executor uiThread;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Pool pool;
    private String unavailableReason = "Connecting to the LabJudge nodes\u2026";
    private CompletableFuture<RunResult> current;
    private RunKind currentKind;
    private RunModel currentModel;
    private long job;

    public RunController(StatusModel status, Executor uiThread) {
        this.status = status;
        this.uiThread = uiThread;
    }

    /** Uses {@code newPool} for the next runs ({@code null}: none, for {@code reason}). */
    public void setPool(Pool newPool, String reason) {
        this.pool = newPool;
        this.unavailableReason = reason;
    }

    /** The pool runs go to now, {@code null} while there is none. */
    public Pool pool() {
        return pool;
    }

    /** Why there is no pool, while there is none. */
    public String unavailableReason() {
        return unavailableReason;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Starts {@code request} for {@code model} (tests named in {@code secrets} are secret); ignored while another
     * run is in flight. {@code startMessage} is shown until the outcome arrives.
     */
    public void start(RunKind kind, RunRequest request, RunModel model, Set<String> secrets, String startMessage) {
        if (running.get()) {
            return;
        }
        if (pool == null) {
            fail(kind, model, unavailableReason, true);
            return;
        }
        long mine = ++job;
        currentKind = kind;
        currentModel = model;
        model.started(kind, request, secrets, startMessage);
        running.set(true);
        // A judging's rows come as its tests are judged; a late row of a cancelled or superseded run is dropped.
        CompletableFuture<RunResult> future = kind == RunKind.RUN ? pool.submit(request)
                : pool.submit(request, test -> uiThread.execute(() -> {
                    if (mine == job) {
                        model.testJudged(test);
                    }
                }));
        current = future;
        future.whenComplete((result, error) -> uiThread.execute(
                () -> complete(mine, kind, request, model, secrets, result, error)));
    }

    /** Abandons the run in flight, if any. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        job++;
        if (current != null) {
            current.cancel(true);
        }
        running.set(false);
        cancelled(currentKind, currentModel);
    }

    private void complete(long id, RunKind kind, RunRequest request, RunModel model, Set<String> secrets,
                          RunResult result, Throwable error) {
        if (id != job) {
            return;
        }
        running.set(false);
        if (error == null) {
            if (result.nodeId() != null) {
                status.showLastNode(result.nodeId());
            }
            model.finished(kind, request, result, secrets);
            status.showMessage((kind == RunKind.RUN ? "Run: " : "Judged: ") + VerdictStyles.label(result.verdict())
                    + (result.verdict() == Verdict.COMPILATION_ERROR ? " (see the compile errors)" : "")
                    + " in " + result.totalMs() + " ms", false);
        } else if (unwrap(error) instanceof CancellationException) {
            cancelled(kind, model);
        } else {
            fail(kind, model, describe(error), unwrap(error) instanceof PoolException);
        }
    }

    private void cancelled(RunKind kind, RunModel model) {
        String message = kind == RunKind.RUN ? "Run cancelled." : "Judging cancelled.";
        model.ended(kind, message);
        status.showMessage(message, false);
    }

    private void fail(RunKind kind, RunModel model, String message, boolean poolProblem) {
        model.ended(kind, message);
        if (poolProblem) {
            status.showPoolProblem(message);
        } else {
            status.showMessage(message, true);
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
