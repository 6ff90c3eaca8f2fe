package org.labjudge.node.judge;

/**
 * How busy the node is at one moment.
 *
 * @param slots runs that may execute at once
 * @param busy runs executing
 * @param queued requests waiting for a slot
 * @param maxQueue most requests that may wait; past it requests are refused
 */
public record NodeLoad(int slots, int busy, int queued, int maxQueue) {}
