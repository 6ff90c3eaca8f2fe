package org.labjudge.node.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds and their order statistics. */
final class Stats {
    private final List<Double> samples = new ArrayList<>();

    synchronized void add(double millis) {
        samples.add(millis);
    }

    synchronized double percentile(double p) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    synchronized int count() {
        return samples.size();
    }
}
