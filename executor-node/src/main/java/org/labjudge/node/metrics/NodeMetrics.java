package org.labjudge.node.metrics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.labjudge.node.blob.BlobStats;
import org.labjudge.node.judge.NodeLoad;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.node.admission.RunRejectedException;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.Health;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

/**
 * The node's counters, rendered in the Prometheus text exposition format 0.0.4 for
 * {@code GET /metrics}, so a lab admin can graph load, verdicts and errors of every node without
 * an agent. One instance per node (no static state); every method is thread-safe.
 */
public final class NodeMetrics {

    /** The {@code Content-Type} of {@link #render} output. */
    public static final String CONTENT_TYPE = PrometheusText.CONTENT_TYPE;

    /** Upper bounds of the run duration histogram, in milliseconds: from a cached hello world to a long judged set. */
    static final long[] DURATION_BUCKETS_MS = {
        10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 120000, 300000
    };

    private final Map<RunKey, LongAdder> runs = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> tests = new ConcurrentHashMap<>();
    private final Map<RejectKey, LongAdder> rejected = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> cancelled = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> httpResponses = new ConcurrentHashMap<>();
    private final Histogram durations = new Histogram(DURATION_BUCKETS_MS);
    private final ConsoleMetrics consoles = new ConsoleMetrics();
    private final LongAdder queueWaitSumMs = new LongAdder();
    private final LongAdder queueWaitCount = new LongAdder();
    private final LongAdder requestBodyBytesTotal = new LongAdder();

    /** Metrics of a node whose only front-end is its own API ({@code frontend="v1"}). */
    public NodeMetrics() {
        this(List.of(RunOptions.V1_FRONTEND));
    }

    /** Metrics of a node with these front-ends; each shows its rejections from zero. */
    public NodeMetrics(Collection<String> frontends) {
        for (String frontend : frontends) {
            cancelled.put(frontend, new LongAdder());
            for (RunRejectedException.Reason reason : RunRejectedException.Reason.values()) {
                rejected.put(new RejectKey(frontend, reason), new LongAdder());
            }
        }
    }

    /**
     * Counts one finished run by front-end, language and verdict, and its tests by verdict, and records its total
     * and queue times.
     */
    public void recordRun(String frontend, RunResult result) {
        Objects.requireNonNull(result, "result");
        result.tests().forEach(test -> tests.computeIfAbsent(verdictLabel(test.verdict()), key -> new LongAdder())
                .increment());
        recordRun(frontend, result.language(), result.verdict(), result.totalMs(), result.queueMs());
    }

    /**
     * {@link #recordRun(String, RunResult)} of a run known by its parts (a gateway's Jobe run, whose answer is
     * Jobe's, so its tests are not counted): {@code language} the node's id, {@code totalMs} its time queue
     * included, {@code queueMs} its wait.
     */
    public void recordRun(String frontend, String language, Verdict verdict, long totalMs, long queueMs) {
        Objects.requireNonNull(frontend, "frontend");
        String languageLabel = language == null ? "unknown" : language;
        runs.computeIfAbsent(new RunKey(frontend, languageLabel, verdictLabel(verdict)), key -> new LongAdder())
                .increment();
        durations.observe(totalMs);
        queueWaitSumMs.add(Math.max(0, queueMs));
        queueWaitCount.increment();
    }

    private static String verdictLabel(Verdict verdict) {
        return verdict == null ? "UNKNOWN" : verdict.name();
    }

    /** Counts one request a front-end's clients were turned away with. */
    public void recordRejected(String frontend, RunRejectedException.Reason reason) {
        Objects.requireNonNull(frontend, "frontend");
        Objects.requireNonNull(reason, "reason");
        rejected.computeIfAbsent(new RejectKey(frontend, reason), key -> new LongAdder()).increment();
    }

    /** A console session of a front-end started (its start message came) in {@code language}. */
    public void recordConsoleStarted(String frontend, String language) {
        consoles.started(frontend, language);
    }

    /** A console session of a front-end ended, for {@code reason}, {@code durationMs} after it started. */
    public void recordConsoleEnded(String frontend, String language, ConsoleEndReason reason, long durationMs) {
        consoles.ended(frontend, language, reason, durationMs);
    }

    /** Bytes of UTF-8 text a console session passed: {@code in} typed for the program, {@code out} it printed. */
    public void recordConsoleBytes(String frontend, long in, long out) {
        consoles.bytes(frontend, in, out);
    }

    /** Counts one run cancelled because its client went away (its program killed, its slot freed). */
    public void recordCancelled(String frontend) {
        Objects.requireNonNull(frontend, "frontend");
        cancelled.computeIfAbsent(frontend, key -> new LongAdder()).increment();
    }

    /** Counts one HTTP response by status code. */
    public void recordHttp(int status) {
        httpResponses.computeIfAbsent(status, key -> new LongAdder()).increment();
    }

    /** {@link #recordHttp(int)}, and the request's body bytes as its {@code Content-Length} declared them (-1: none). */
    public void recordHttp(int status, long requestBodyBytes) {
        recordHttp(status);
        requestBodyBytesTotal.add(Math.max(0, requestBodyBytes));
    }

    /** Every metric in Prometheus text format 0.0.4, with the current load and health as gauges. */
    public String render(NodeLoad load, Health health) {
        return render(load, health, null);
    }

    /** {@link #render(NodeLoad, Health)} with the blob store's gauges and counters ({@code null}: no store). */
    public String render(NodeLoad load, Health health, BlobStats blobs) {
        Objects.requireNonNull(load, "load");
        PrometheusText text = new PrometheusText();

        text.family("labjudge_runs_total", "counter", "Runs finished, by front-end, language and overall verdict.");
        new TreeMap<>(runs).forEach((key, count) -> text.sample("labjudge_runs_total",
                labels("frontend", key.frontend(), "language", key.language(), "verdict", key.verdict()),
                count.sum()));

        text.family("labjudge_tests_total", "counter",
                "Tests of finished runs, by verdict (SKIPPED: not run, the rest ran).");
        new TreeMap<>(tests).forEach((verdict, count) -> text.sample("labjudge_tests_total",
                labels("verdict", verdict), count.sum()));

        renderDurations(text);

        text.family("labjudge_queue_wait_ms", "summary", "Time runs waited for a free slot, in milliseconds.");
        long waits = queueWaitCount.sum();
        text.sample("labjudge_queue_wait_ms_sum", "", queueWaitSumMs.sum());
        text.sample("labjudge_queue_wait_ms_count", "", waits);

        text.family("labjudge_rejected_total", "counter", "Run requests turned away, by front-end and reason.");
        new TreeMap<>(rejected).forEach((key, count) -> text.sample("labjudge_rejected_total",
                labels("frontend", key.frontend(), "reason", key.reason().wireName()),
                count.sum()));

        text.family("labjudge_runs_cancelled_total", "counter",
                "Runs stopped because their client went away (program killed, slot freed), by front-end.");
        new TreeMap<>(cancelled).forEach((frontend, count) -> text.sample("labjudge_runs_cancelled_total",
                labels("frontend", frontend), count.sum()));

        text.family("labjudge_http_responses_total", "counter", "HTTP responses sent, by status code.");
        new TreeMap<>(httpResponses).forEach((status, count) -> text.sample("labjudge_http_responses_total",
                labels("status", String.valueOf(status)), count.sum()));

        text.family("labjudge_http_request_body_bytes_total", "counter",
                "Bytes of request bodies received, as their Content-Length declared them (what clients sent).");
        text.sample("labjudge_http_request_body_bytes_total", "", requestBodyBytesTotal.sum());

        text.family("labjudge_slots", "gauge", "Runs the node executes at once.");
        text.sample("labjudge_slots", "", load.slots());
        text.family("labjudge_busy", "gauge", "Runs executing now.");
        text.sample("labjudge_busy", "", load.busy());
        text.family("labjudge_queued", "gauge", "Run requests waiting for a slot now.");
        text.sample("labjudge_queued", "", load.queued());
        text.family("labjudge_max_queue", "gauge", "The burst: run requests that may wait whatever their expected wait.");
        text.sample("labjudge_max_queue", "", load.maxQueue());
        text.family("labjudge_max_wait_seconds", "gauge",
                "Past the burst, the longest expected wait a run is admitted to; 0: refused past the burst.");
        text.sample("labjudge_max_wait_seconds", "", load.maxWaitSeconds());
        text.family("labjudge_up", "gauge", "1 when the sandbox engine answers, else 0.");
        text.sample("labjudge_up", "", health != null && health.isUp() ? 1 : 0);
        consoles.render(text);
        if (blobs != null) {
            renderBlobs(text, blobs);
        }
        return text.toString();
    }

    private static void renderBlobs(PrometheusText text, BlobStats blobs) {
        one(text, "labjudge_blob_store_bytes", "gauge", "Bytes the blob store holds (test data, validator files).",
                blobs.bytes());
        one(text, "labjudge_blob_store_max_bytes", "gauge", "The blob store's bound; past it the least recently used go.",
                blobs.maxBytes());
        one(text, "labjudge_blob_store_blobs", "gauge", "Blobs the store holds.", blobs.blobs());
        one(text, "labjudge_blob_hits_total", "counter", "Blobs runs referenced by hash that the store held.", blobs.hits());
        one(text, "labjudge_blob_misses_total", "counter", "Blobs runs referenced by hash that the store lacked.",
                blobs.misses());
        one(text, "labjudge_blob_evictions_total", "counter", "Blobs evicted to keep the store within its bound.",
                blobs.evictions());
        one(text, "labjudge_blob_uploads_total", "counter", "Blobs uploaded and stored.", blobs.uploads());
    }

    /** A metric family of one unlabelled sample. */
    private static void one(PrometheusText text, String name, String type, String help, long value) {
        text.family(name, type, help);
        text.sample(name, "", value);
    }

    private void renderDurations(PrometheusText text) {
        text.family("labjudge_run_duration_ms", "histogram",
                "Total time of finished runs, queue included, in milliseconds.");
        durations.render(text, "labjudge_run_duration_ms", "");
    }

    static String labels(String... namesAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            out.append(namesAndValues[i]).append("=\"").append(PrometheusText.escape(namesAndValues[i + 1]))
                    .append('"');
        }
        return out.append('}').toString();
    }

    /** The labels of one run counter. */
    private record RunKey(String frontend, String language, String verdict) implements Comparable<RunKey> {
        @Override
        public int compareTo(RunKey other) {
            int byFrontend = frontend.compareTo(other.frontend);
            if (byFrontend != 0) {
                return byFrontend;
            }
            int byLanguage = language.compareTo(other.language);
            return byLanguage != 0 ? byLanguage : verdict.compareTo(other.verdict);
        }
    }

    /** The labels of one rejection counter; reasons in their declared order. */
    private record RejectKey(String frontend, RunRejectedException.Reason reason) implements Comparable<RejectKey> {
        @Override
        public int compareTo(RejectKey other) {
            int byFrontend = frontend.compareTo(other.frontend);
            return byFrontend != 0 ? byFrontend : reason.compareTo(other.reason);
        }
    }
}
