package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound for two tokens sharing a full server: within 10% of half each. Integers, so no rounding
 * widens it (30 of 60, give or take 3). In executor-node's test jar, so the node's and the gateway's fair-share
 * tests judge the one bound.
 */
public final class HalfShare {
    private HalfShare() {
    }

    /** Asserts that of {@code window} runs done, A's {@code ofA} and B's the rest are each within 10% of half. */
    public static void assertEachWithinTenPercentOfHalf(long ofA, int window) {
        long ofB = window - ofA;
        long half = window / 2;
        long tenPercent = half / 10;
        assertThat(ofA).as("runs of A done in a window of %d, B had %d", window, ofB)
                .isBetween(half - tenPercent, half + tenPercent);
        assertThat(ofB).as("runs of B done in a window of %d", window).isBetween(half - tenPercent, half + tenPercent);
    }
}
