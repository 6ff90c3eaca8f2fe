package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error answer (RFC 9457, {@value #MEDIA_TYPE}): a problem {@code type} URI
 * ({@code "about:blank"} when the HTTP status says it all), a short {@code title}, the HTTP
 * {@code status} and a {@code detail} for a person. Two extension members:
 * <ul>
 *   <li>{@code reason}: a refusal to run (429, 503) names it, so a client can tell a busy server from one that
 *       cannot run anything now; a server from before it leaves it out (null).</li>
 *   <li>{@code missingBlobs} (a problem of type {@value #MISSING_BLOBS_TYPE}, never written when empty) names the
 *       blobs a run referenced that the node lacks.</li>
 * </ul>
 */
public record ProblemDetail(String type, String title, int status, String detail, String reason,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingBlobs) {

    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The {@code type} of a problem that needs no more than its HTTP status to be understood. */
    public static final String ABOUT_BLANK = "about:blank";

    /**
     * The {@code type} of a 409 answer to a run that references blobs (by hash) the node's store does not hold;
     * {@code missingBlobs} lists them. A client uploads them, or sends the run to a node that holds them.
     */
    public static final String MISSING_BLOBS_TYPE = "urn:labjudge:problem:missing-blobs";

    /** {@code reason}: busy; past the burst, the run would wait longer than the server admits (503). */
    public static final String REASON_EXPECTED_WAIT = "expected_wait";
    /** {@code reason}: the node's sandbox engine does not answer (503). */
    public static final String REASON_ENGINE_UNAVAILABLE = "engine_unavailable";
    /** {@code reason}: the server is stopping and takes no new work (503). */
    public static final String REASON_SHUTTING_DOWN = "shutting_down";
    /** {@code reason}: a fixed queue is full (429; only nodes before admission by expected wait sent it, unnamed). */
    public static final String REASON_QUEUE_FULL = "queue_full";

    public ProblemDetail {
        missingBlobs = missingBlobs == null ? List.of() : List.copyOf(missingBlobs);
    }

    /** A problem with neither extension member. */
    public ProblemDetail(String type, String title, int status, String detail) {
        this(type, title, status, detail, null, List.of());
    }

    /** A problem of type {@code about:blank}. */
    public static ProblemDetail of(int status, String title, String detail) {
        return new ProblemDetail(ABOUT_BLANK, title, status, detail);
    }

    /** The 409 problem of a run that referenced blobs the node lacks, {@code missing} named. */
    public static ProblemDetail missingBlobs(String title, String detail, List<String> missing) {
        return new ProblemDetail(MISSING_BLOBS_TYPE, title, 409, detail, null, missing);
    }

    /** This problem with {@code why} as its {@code reason}. */
    public ProblemDetail withReason(String why) {
        return new ProblemDetail(type, title, status, detail, why, missingBlobs);
    }

    /** Whether this is the answer to a run that referenced blobs the node lacks. */
    public boolean aboutMissingBlobs() {
        return MISSING_BLOBS_TYPE.equals(type);
    }
}
