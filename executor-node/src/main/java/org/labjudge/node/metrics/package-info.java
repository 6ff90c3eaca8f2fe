/**
 * The node's counters and gauges in the Prometheus text format 0.0.4
 * ({@link org.labjudge.node.metrics.NodeMetrics}), so a lab admin can watch every node with a stock
 * Prometheus and no agent.
 */
package org.labjudge.node.metrics;
