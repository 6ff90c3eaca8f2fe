package org.labjudge.node.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.protocol.ProblemDetail;

/**
 * An error answer decided by the API (RFC 9457 problem plus extra headers), thrown from any
 * handler and written by one exception mapper, so every error looks the same on the wire.
 */
final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ProblemDetail problem;
    private final transient Map<String, String> headers;

    private ApiProblem(int status, String detail, Map<String, String> headers) {
        this(ProblemDetail.of(status, HttpStatus.getMessage(status), detail), headers);
    }

    private ApiProblem(ProblemDetail problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    static ApiProblem of(int status, String detail) {
        return new ApiProblem(status, detail, Map.of());
    }

    static ApiProblem badRequest(String detail) {
        return of(HttpStatus.BAD_REQUEST_400, detail);
    }

    static ApiProblem unauthorized(String detail, String challenge) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED_401, detail, Map.of("WWW-Authenticate", challenge));
    }

    static ApiProblem tooLarge(long maxBodyBytes) {
        return of(HttpStatus.PAYLOAD_TOO_LARGE_413,
                "request body is larger than this node accepts (" + maxBodyBytes + " bytes)");
    }

    static ApiProblem unsupportedMediaType(String detail) {
        return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, detail);
    }

    /** 409 of type {@link ProblemDetail#MISSING_BLOBS_TYPE}: the run references blobs this node lacks, named. */
    static ApiProblem missingBlobs(List<String> missing, String detail) {
        return new ApiProblem(ProblemDetail.missingBlobs(HttpStatus.getMessage(HttpStatus.CONFLICT_409), detail,
                missing), Map.of());
    }

    /**
     * 429 or 503 with {@code Retry-After}, so clients back off or go to another node, and the refusal's
     * {@code reason}, so they can tell busy from unavailable.
     */
    static ApiProblem retryLater(int status, int retryAfterSeconds, String detail, String reason) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", String.valueOf(Math.max(1, retryAfterSeconds)));
        return new ApiProblem(ProblemDetail.of(status, HttpStatus.getMessage(status), detail).withReason(reason),
                headers);
    }

    /** A run or session the service turned away: 503 (429 for an older node's full queue) with its reason. */
    static ApiProblem refused(RunRejectedException e) {
        int status = e.reason() == RunRejectedException.Reason.QUEUE_FULL
                ? HttpStatus.TOO_MANY_REQUESTS_429 : HttpStatus.SERVICE_UNAVAILABLE_503;
        return retryLater(status, e.retryAfterSeconds(), e.getMessage(), e.reason().wireName());
    }

    ProblemDetail problem() {
        return problem;
    }

    Map<String, String> headers() {
        return headers;
    }
}
