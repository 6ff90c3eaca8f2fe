package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error answer (RFC 9457, {@value #MEDIA_TYPE}): a problem {@code type} URI
 * ({@code "about:blank"} when the HTTP status says it all), a short {@code title}, the HTTP
 * {@code status} and a {@code detail} for a person. {@code missingBlobs} (a problem of type
 * {@value #MISSING_BLOBS_TYPE}, never written when empty) names the blobs a run referenced that the node lacks.
 */
public record ProblemDetail(String type, String title, int status, String detail,
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

    public ProblemDetail {
        missingBlobs = missingBlobs == null ? List.of() : List.copyOf(missingBlobs);
    }

    public ProblemDetail(String type, String title, int status, String detail) {
        this(type, title, status, detail, null);
    }

    /** Whether this is the answer to a run that referenced blobs the node lacks. */
    public boolean aboutMissingBlobs() {
        return MISSING_BLOBS_TYPE.equals(type);
    }

    /** A problem of type {@code about:blank}. */
    public static ProblemDetail of(int status, String title, String detail) {
        return new ProblemDetail(ABOUT_BLANK, title, status, detail);
    }
}
