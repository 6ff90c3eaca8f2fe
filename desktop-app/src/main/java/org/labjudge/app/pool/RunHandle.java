package org.labjudge.app.pool;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import org.labjudge.protocol.TestResult;

/**
 * One run's cancellation switch (and, for a streamed run, where its tests' results go as they come): cancelling it cancels the HTTP call in flight (the node may finish the
 * work, but nobody waits for it) and wakes a run waiting for a busy node's {@code Retry-After}.
 */
final class RunHandle {

    private final CountDownLatch cancelled = new CountDownLatch(1);
    /** Hears each test's result as the node judges it (a streamed run); {@code null}: the result only. */
    private final Consumer<TestResult> onTest;
    private Call current;

    RunHandle() {
        this(null);
    }

    RunHandle(Consumer<TestResult> onTest) {
        this.onTest = onTest;
    }

    /** The streamed run's test listener, or {@code null}. */
    Consumer<TestResult> onTest() {
        return onTest;
    }

    synchronized void cancel() {
        cancelled.countDown();
        if (current != null) {
            current.cancel();
        }
    }

    boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Sets the call in flight; one set after cancelling is cancelled at once. */
    synchronized void setCall(Call call) {
        current = call;
        if (call != null && isCancelled()) {
            call.cancel();
        }
    }

    /** Waits up to {@code nanos}; returns early (true) when cancelled. */
    boolean awaitCancel(long nanos) throws InterruptedException {
        return cancelled.await(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }
}
