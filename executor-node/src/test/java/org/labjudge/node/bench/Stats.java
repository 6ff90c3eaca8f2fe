package org.labjudge.node.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Samples in milliseconds (latencies, CPU times) and their statistics. */
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

    synchronized double min() {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    synchronized double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    synchronized double mean() {
        return samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The sample standard deviation. */
    synchronized double stdev() {
        if (samples.size() < 2) {
            return Double.NaN;
        }
        double mean = mean();
        double squares = samples.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(squares / (samples.size() - 1));
    }
}
