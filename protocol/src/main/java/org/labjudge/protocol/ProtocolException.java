package org.labjudge.protocol;

/**
 * A message that does not follow wire protocol v1: malformed JSON, a value of the wrong type,
 * a missing required field. The message names the field path and the problem in plain words,
 * so a node can send it back as the {@code detail} of a 400 answer unchanged.
 */
public final class ProtocolException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;
    private final boolean predicate;

    private ProtocolException(String field, String problem, boolean predicate, Throwable cause) {
        super(format(field, problem, predicate), cause);
        this.field = field == null || field.isEmpty() ? null : field;
        this.problem = problem;
        this.predicate = predicate;
    }

    /** {@code "<field> is required"}. */
    public static ProtocolException required(String field) {
        return new ProtocolException(field, "is required", true, null);
    }

    /** {@code "<field> <predicate>"}, e.g. {@code "tests[0] must not be null"}. */
    public static ProtocolException field(String field, String predicate) {
        return new ProtocolException(field, predicate, true, null);
    }

    /** {@code "<field>: <problem>"}, e.g. {@code "limits.timeMs: expected an integer, got a string"}. */
    public static ProtocolException invalid(String field, String problem, Throwable cause) {
        return new ProtocolException(field, problem, false, cause);
    }

    /** A problem that concerns the whole message rather than one field (e.g. malformed JSON). */
    public static ProtocolException general(String problem, Throwable cause) {
        return new ProtocolException(null, problem, false, cause);
    }

    /** The field path ({@code "tests[2].expected"}), or {@code null} when the whole message is at fault. */
    public String field() {
        return field;
    }

    /** The problem without the field path. */
    public String problem() {
        return problem;
    }

    /** The same problem with {@code outerPath} put in front of the field path. */
    ProtocolException under(String outerPath) {
        if (outerPath == null || outerPath.isEmpty()) {
            return this;
        }
        String joined = field == null ? outerPath
                : field.startsWith("[") ? outerPath + field : outerPath + "." + field;
        return new ProtocolException(joined, problem, predicate, getCause() == null ? this : getCause());
    }

    private static String format(String field, String problem, boolean predicate) {
        if (field == null || field.isEmpty()) {
            return problem;
        }
        return predicate ? field + " " + problem : field + ": " + problem;
    }
}
