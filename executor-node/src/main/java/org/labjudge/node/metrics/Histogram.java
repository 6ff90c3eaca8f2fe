package org.labjudge.node.metrics;

/** A Prometheus histogram of milliseconds with fixed upper bounds; thread-safe. */
final class Histogram {
    private final long[] boundsMs;
    private final long[] buckets;
    private long sumMs;
    private long count;

    Histogram(long... boundsMs) {
        this.boundsMs = boundsMs.clone();
        this.buckets = new long[boundsMs.length + 1];
    }

    synchronized void observe(long ms) {
        long value = Math.max(0, ms);
        buckets[bucketOf(value)]++;
        sumMs += value;
        count++;
    }

    /**
     * Writes the samples of family {@code name} ({@code _bucket}, {@code _sum}, {@code _count}; its {@code # HELP}
     * is the caller's), each with {@code labels} ({@code ""}, or {@code a="x",b="y"} without braces) before its
     * {@code le}.
     */
    void render(PrometheusText text, String name, String labels) {
        long[] copy;
        long sum;
        long total;
        synchronized (this) {
            copy = buckets.clone();
            sum = sumMs;
            total = count;
        }
        String prefix = labels.isEmpty() ? "" : labels + ",";
        String own = labels.isEmpty() ? "" : "{" + labels + "}";
        long cumulative = 0;
        for (int i = 0; i < boundsMs.length; i++) {
            cumulative += copy[i];
            text.sample(name + "_bucket", "{" + prefix + "le=\"" + boundsMs[i] + "\"}", cumulative);
        }
        text.sample(name + "_bucket", "{" + prefix + "le=\"+Inf\"}", total);
        text.sample(name + "_sum", own, sum);
        text.sample(name + "_count", own, total);
    }

    private int bucketOf(long ms) {
        for (int i = 0; i < boundsMs.length; i++) {
            if (ms <= boundsMs[i]) {
                return i;
            }
        }
        return boundsMs.length;
    }
}
