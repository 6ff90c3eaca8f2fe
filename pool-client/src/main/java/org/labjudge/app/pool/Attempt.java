package org.labjudge.app.pool;

import java.time.Duration;
import org.labjudge.protocol.ProblemDetail;

/**
 * How one try of a run on one node ended; the dispatcher decides from it whether to try another node.
 * A {@link NodeCall} turns a node's answer into one.
 */
public sealed interface Attempt<T> {

    /**
     * The node answered with a result. {@code nodeFault}: the result reports a fault of the node itself (v1's
     * {@code INTERNAL_ERROR}); another node is tried, and this result is the answer when none does better.
     */
    record Done<T>(T result, boolean nodeFault) implements Attempt<T> {
    }

    /**
     * 429 or 503: the node is alive but full or unhealthy; it may be asked again after {@code retryAfter}.
     * {@code reason} is the refusal's {@code reason} as the node named it ({@code ProblemDetail.reason}; an older
     * node's 429 is {@code queue_full}), {@code null} when it named none.
     */
    record Busy<T>(int status, Duration retryAfter, String reason, String detail) implements Attempt<T> {

        /** Whether the node said it is busy (its slots taken, its wait too long), not that it cannot run now. */
        boolean full() {
            return ProblemDetail.REASON_EXPECTED_WAIT.equals(reason) || ProblemDetail.REASON_QUEUE_FULL.equals(reason);
        }
    }

    /** The node could not be reached, or died or failed before answering; nothing the user sees was produced. */
    record Failed<T>(String reason) implements Attempt<T> {
    }

    /** The node refused the request itself (400, 413): another node would refuse it too. */
    record Refused<T>(int status, String detail) implements Attempt<T> {
    }

    /**
     * The node lacks blobs the run references by hash ({@code missing}) and the caller cannot bring them: another node
     * is tried, never this one again for this run.
     */
    record Lacks<T>(java.util.List<String> missing, String detail) implements Attempt<T> {
    }

    /** The node has no streamed runs (an older node answered 404): the same node is asked for a plain run. */
    record NoStream<T>() implements Attempt<T> {
    }

    /** The call was cancelled: by the run's caller, or by its deadline (the dispatcher knows which). */
    record Stopped<T>() implements Attempt<T> {
    }

    /**
     * A node's 429/503 answer with the refusal's {@code reason} ({@code null}: none named), its {@code Retry-After}
     * header (seconds) read as the pool reads every node's.
     */
    static <T> Attempt<T> busy(int status, String retryAfterHeader, String reason, String detail) {
        return new Busy<>(status, NodeHttp.retryAfter(retryAfterHeader), reason, detail);
    }
}
