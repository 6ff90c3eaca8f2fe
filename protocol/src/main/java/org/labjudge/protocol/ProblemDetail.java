package org.labjudge.protocol;

/**
 * The body of every error answer (RFC 9457, {@value #MEDIA_TYPE}): a problem {@code type} URI
 * ({@code "about:blank"} when the HTTP status says it all), a short {@code title}, the HTTP
 * {@code status} and a {@code detail} for a person. A refusal to run (429, 503) adds the extension member
 * {@code reason}, so a client can tell a busy server from one that cannot run anything now; a server from before
 * it leaves it out (null).
 */
public record ProblemDetail(String type, String title, int status, String detail, String reason) {

    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The {@code type} of a problem that needs no more than its HTTP status to be understood. */
    public static final String ABOUT_BLANK = "about:blank";

    /** {@code reason}: busy; past the burst, the run would wait longer than the server admits (503). */
    public static final String REASON_EXPECTED_WAIT = "expected_wait";
    /** {@code reason}: the node's sandbox engine does not answer (503). */
    public static final String REASON_ENGINE_UNAVAILABLE = "engine_unavailable";
    /** {@code reason}: the server is stopping and takes no new work (503). */
    public static final String REASON_SHUTTING_DOWN = "shutting_down";
    /** {@code reason}: a fixed queue is full (429; only nodes before admission by expected wait sent it, unnamed). */
    public static final String REASON_QUEUE_FULL = "queue_full";

    /** A problem without a {@code reason}. */
    public ProblemDetail(String type, String title, int status, String detail) {
        this(type, title, status, detail, null);
    }

    /** A problem of type {@code about:blank}. */
    public static ProblemDetail of(int status, String title, String detail) {
        return new ProblemDetail(ABOUT_BLANK, title, status, detail);
    }

    /** This problem with {@code why} as its {@code reason}. */
    public ProblemDetail withReason(String why) {
        return new ProblemDetail(type, title, status, detail, why);
    }
}
