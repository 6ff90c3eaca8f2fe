package org.labjudge.node.admission;

import java.time.Duration;
import java.util.Objects;

/**
 * When a server takes a run that must wait and when it refuses one.
 *
 * @param maxWait the longest wait a run is admitted to (the expected one: runs waiting ahead of it times the
 *        observed run time, over the slots)
 * @param burst runs that may wait whatever the expected wait (a class pressing Run together)
 * @param initialRunTime the run time assumed until runs have been observed
 * @param caps the most runs each client may have going on at once
 */
public record AdmissionPolicy(Duration maxWait, int burst, Duration initialRunTime, ConcurrencyCaps caps) {
    /** 10 s of expected wait, a burst of 64 (the classroom), 1 s per run until measured, no client capped. */
    public static final AdmissionPolicy DEFAULT = new AdmissionPolicy(Duration.ofSeconds(10), 64, Duration.ofSeconds(1),
            ConcurrencyCaps.NONE);

    public AdmissionPolicy {
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(initialRunTime, "initialRunTime");
        Objects.requireNonNull(caps, "caps");
        if (maxWait.isNegative() || burst < 0 || initialRunTime.isNegative() || initialRunTime.isZero()) {
            throw new IllegalArgumentException("maxWait and burst must be at least 0, initialRunTime positive");
        }
    }

    /** A policy that caps no client. */
    public AdmissionPolicy(Duration maxWait, int burst, Duration initialRunTime) {
        this(maxWait, burst, initialRunTime, DEFAULT.caps());
    }
}
