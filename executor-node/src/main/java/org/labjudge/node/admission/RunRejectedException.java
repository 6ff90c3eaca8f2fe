package org.labjudge.node.admission;

import org.labjudge.protocol.ProblemDetail;

/** The node cannot take the request now; the client should retry later or elsewhere. */
public class RunRejectedException extends RuntimeException {

    /** Why the request was refused. */
    public enum Reason {
        /** Every slot is busy and a fixed queue is full (HTTP 429): what nodes before admission by expected wait
         *  answered; none of this version sends it, its metric series stays for dashboards that graph it. */
        QUEUE_FULL(ProblemDetail.REASON_QUEUE_FULL),
        /** The sandbox engine does not answer (HTTP 503). */
        ENGINE_UNAVAILABLE(ProblemDetail.REASON_ENGINE_UNAVAILABLE),
        /** The node is stopping and takes no new work (HTTP 503). */
        SHUTTING_DOWN(ProblemDetail.REASON_SHUTTING_DOWN),
        /** More than the burst wait and this one would wait longer than the server admits (HTTP 503). */
        EXPECTED_WAIT(ProblemDetail.REASON_EXPECTED_WAIT);

        private final String wireName;

        Reason(String wireName) {
            this.wireName = wireName;
        }

        /** Its name on the wire (a problem's {@code reason}) and in the metrics (label {@code reason}). */
        public String wireName() {
            return wireName;
        }
    }

    private final Reason reason;
    private final int retryAfterSeconds;

    public RunRejectedException(Reason reason, int retryAfterSeconds, String message) {
        super(message);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
