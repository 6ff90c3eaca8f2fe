package org.labjudge.node.judge;

/**
 * How busy the node is at one moment.
 *
 * @param slots runs that may execute at once
 * @param busy runs executing
 * @param queued requests waiting for a slot
 * @param maxQueue the burst: runs that may wait whatever their expected wait
 * @param maxWaitSeconds past the burst, the longest expected wait a run is admitted to; 0 when the service has
 *        no such bound (it refuses past the burst)
 */
public record NodeLoad(int slots, int busy, int queued, int maxQueue, int maxWaitSeconds) {

    /** The load of a service that admits by count only: past {@code maxQueue} waiting, runs are refused. */
    public NodeLoad(int slots, int busy, int queued, int maxQueue) {
        this(slots, busy, queued, maxQueue, 0);
    }
}
