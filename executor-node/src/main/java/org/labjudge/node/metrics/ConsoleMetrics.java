package org.labjudge.node.metrics;

import static org.labjudge.node.metrics.NodeMetrics.labels;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.labjudge.protocol.ConsoleEndReason;

/**
 * The console sessions' counters, part of {@link NodeMetrics}: sessions started (by front-end and language), ended
 * (and by end reason), open now, the bytes typed and printed, and how long they lasted. Labelled as the run
 * counters are, so one dashboard reads a node's and a gateway's alike.
 */
final class ConsoleMetrics {
    /** Upper bounds of the session duration histogram, in milliseconds: a quick hello to the longest session. */
    static final long[] DURATION_BUCKETS_MS = {1000, 5000, 10000, 30000, 60000, 120000, 300000, 600000, 1200000, 1800000};

    private final Map<List<String>, LongAdder> started = new ConcurrentHashMap<>();
    private final Map<List<String>, LongAdder> ended = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> open = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> bytesIn = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> bytesOut = new ConcurrentHashMap<>();
    private final Map<String, Histogram> durations = new ConcurrentHashMap<>();

    void started(String frontend, String language) {
        Objects.requireNonNull(frontend, "frontend");
        started.computeIfAbsent(List.of(frontend, language(language)), key -> new LongAdder()).increment();
        open.computeIfAbsent(frontend, key -> new AtomicLong()).incrementAndGet();
    }

    void ended(String frontend, String language, ConsoleEndReason reason, long durationMs) {
        Objects.requireNonNull(frontend, "frontend");
        Objects.requireNonNull(reason, "reason");
        ended.computeIfAbsent(List.of(frontend, language(language), reason.name()), key -> new LongAdder())
                .increment();
        open.computeIfAbsent(frontend, key -> new AtomicLong()).decrementAndGet();
        durations.computeIfAbsent(frontend, key -> new Histogram(DURATION_BUCKETS_MS)).observe(durationMs);
    }

    void bytes(String frontend, long in, long out) {
        Objects.requireNonNull(frontend, "frontend");
        bytesIn.computeIfAbsent(frontend, key -> new LongAdder()).add(Math.max(0, in));
        bytesOut.computeIfAbsent(frontend, key -> new LongAdder()).add(Math.max(0, out));
    }

    /** Label lists in label order, so the output is stable. */
    private static <V> Map<List<String>, V> sorted(Map<List<String>, V> byLabels) {
        Map<List<String>, V> sorted = new TreeMap<>(Comparator.comparing((List<String> key) -> String.join("\u0000", key)));
        sorted.putAll(byLabels);
        return sorted;
    }

    private static String language(String language) {
        return language == null ? "unknown" : language;
    }

    void render(PrometheusText text) {
        text.family("labjudge_console_sessions_started_total", "counter",
                "Console sessions started (their start message came), by front-end and language.");
        sorted(started).forEach((key, count) -> text.sample("labjudge_console_sessions_started_total",
                labels("frontend", key.get(0), "language", key.get(1)), count.sum()));
        text.family("labjudge_console_sessions_ended_total", "counter",
                "Console sessions ended, by front-end, language and end reason (EXITED, STOPPED, IDLE, LIMIT, ...).");
        sorted(ended).forEach((key, count) -> text.sample("labjudge_console_sessions_ended_total",
                labels("frontend", key.get(0), "language", key.get(1), "reason", key.get(2)), count.sum()));
        text.family("labjudge_console_sessions_open", "gauge", "Console sessions going on now, by front-end.");
        new TreeMap<>(open).forEach((frontend, count) -> text.sample("labjudge_console_sessions_open",
                labels("frontend", frontend), count.get()));
        text.family("labjudge_console_bytes_total", "counter",
                "Bytes of console text, by front-end and direction: in, typed for the program; out, what it printed.");
        new TreeMap<>(bytesIn).forEach((frontend, count) -> text.sample("labjudge_console_bytes_total",
                labels("frontend", frontend, "direction", "in"), count.sum()));
        new TreeMap<>(bytesOut).forEach((frontend, count) -> text.sample("labjudge_console_bytes_total",
                labels("frontend", frontend, "direction", "out"), count.sum()));
        text.family("labjudge_console_session_duration_ms", "histogram",
                "How long ended console sessions lasted, from their start message to their end, in milliseconds.");
        new TreeMap<>(durations).forEach((frontend, histogram) -> histogram.render(text,
                "labjudge_console_session_duration_ms", "frontend=\"" + PrometheusText.escape(frontend) + "\""));
    }
}
