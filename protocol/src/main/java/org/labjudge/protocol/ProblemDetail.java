package org.labjudge.protocol;

/**
 * The body of every error answer (RFC 9457, {@value #MEDIA_TYPE}): a problem {@code type} URI
 * ({@code "about:blank"} when the HTTP status says it all), a short {@code title}, the HTTP
 * {@code status} and a {@code detail} for a person.
 */
public record ProblemDetail(String type, String title, int status, String detail) {

    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The {@code type} of a problem that needs no more than its HTTP status to be understood. */
    public static final String ABOUT_BLANK = "about:blank";

    /** A problem of type {@code about:blank}. */
    public static ProblemDetail of(int status, String title, String detail) {
        return new ProblemDetail(ABOUT_BLANK, title, status, detail);
    }
}
