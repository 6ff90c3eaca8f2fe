package org.labjudge.app.pool;

import java.time.Duration;
import org.labjudge.protocol.RunResult;

/** How one try of a run on one node ended; the dispatcher decides from it whether to try another node. */
sealed interface Attempt {

    /** The node answered with a result. */
    record Done(RunResult result) implements Attempt {
    }

    /** 429 or 503: the node is alive but full or unhealthy; it may be asked again after {@code retryAfter}. */
    record Busy(int status, Duration retryAfter, String detail) implements Attempt {
    }

    /** The node could not be reached, or died or failed before answering; nothing the user sees was produced. */
    record Failed(String reason) implements Attempt {
    }

    /** The node refused the request itself (400, 413): another node would refuse it too. */
    record Refused(int status, String detail) implements Attempt {
    }

    /** The node has no streamed runs (an older node answered 404): the same node is asked for a plain run. */
    record NoStream() implements Attempt {
    }

    /** The call was cancelled: by the run's caller, or by its deadline (the dispatcher knows which). */
    record Stopped() implements Attempt {
    }
}
