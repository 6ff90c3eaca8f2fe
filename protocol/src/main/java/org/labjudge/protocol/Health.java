package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A node's liveness ({@code GET /api/v1/health}): {@code "UP"}, or {@code "DOWN"} with a
 * {@code detail} saying why (e.g. Docker unreachable). Needs no token.
 */
public record Health(String status, String detail) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    private static final Health UP_HEALTH = new Health(UP, null);

    /** {@code {"status":"UP"}}. */
    public static Health up() {
        return UP_HEALTH;
    }

    /** {@code {"status":"DOWN","detail":detail}}. */
    public static Health down(String detail) {
        return new Health(DOWN, detail);
    }

    /** Whether the status is {@code "UP"}. */
    @JsonIgnore
    public boolean isUp() {
        return UP.equals(status);
    }
}
