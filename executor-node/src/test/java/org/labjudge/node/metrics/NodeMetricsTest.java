package org.labjudge.node.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.labjudge.node.judge.NodeLoad;
import org.labjudge.node.admission.RunRejectedException.Reason;
import org.labjudge.protocol.Health;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

class NodeMetricsTest {
    /** A sample line of the 0.0.4 text format: name, optional labels, integer value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\""
                    + "(,[a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\")*\\})? -?\\d+");
    private static final NodeLoad LOAD = new NodeLoad(4, 3, 2, 16, 10);

    private final NodeMetrics metrics = new NodeMetrics();

    @Test
    void anEmptyNodeRendersEveryFamilyWithZeros() {
        String text = metrics.render(LOAD, Health.up());

        assertThat(text).endsWith("\n").doesNotContain("\r");
        assertThat(text).contains(
                "# TYPE labjudge_runs_total counter\n",
                "# TYPE labjudge_run_duration_ms histogram\n",
                "labjudge_run_duration_ms_bucket{le=\"+Inf\"} 0\n",
                "labjudge_run_duration_ms_sum 0\n",
                "labjudge_run_duration_ms_count 0\n",
                "labjudge_queue_wait_ms_sum 0\n",
                "labjudge_queue_wait_ms_count 0\n",
                "labjudge_rejected_total{frontend=\"v1\",reason=\"queue_full\"} 0\n",
                "labjudge_rejected_total{frontend=\"v1\",reason=\"engine_unavailable\"} 0\n",
                "labjudge_rejected_total{frontend=\"v1\",reason=\"shutting_down\"} 0\n",
                "labjudge_rejected_total{frontend=\"v1\",reason=\"expected_wait\"} 0\n",
                "# TYPE labjudge_http_responses_total counter\n",
                "# TYPE labjudge_slots gauge\nlabjudge_slots 4\n",
                "# TYPE labjudge_busy gauge\nlabjudge_busy 3\n",
                "# TYPE labjudge_queued gauge\nlabjudge_queued 2\n",
                "# TYPE labjudge_max_queue gauge\nlabjudge_max_queue 16\n",
                "# TYPE labjudge_max_wait_seconds gauge\nlabjudge_max_wait_seconds 10\n",
                "labjudge_up 1\n");
    }

    @Test
    void everyLineIsACommentOrAWellFormedSampleAndEachFamilyIsDeclaredOnce() {
        metrics.recordRun("v1", result("python", Verdict.ACCEPTED, 120, 5));
        metrics.recordRun("v1", result("c", Verdict.WRONG_ANSWER, 700, 0));
        metrics.recordHttp(200);
        metrics.recordRejected("v1", Reason.EXPECTED_WAIT);

        List<String> types = new ArrayList<>();
        for (String line : metrics.render(LOAD, Health.up()).split("\n")) {
            if (line.startsWith("# TYPE ")) {
                types.add(line.split(" ")[2]);
            } else if (!line.startsWith("# HELP ")) {
                assertThat(line).matches(SAMPLE);
            }
        }
        assertThat(types).doesNotHaveDuplicates().contains("labjudge_runs_total", "labjudge_run_duration_ms",
                "labjudge_queue_wait_ms", "labjudge_rejected_total", "labjudge_http_responses_total", "labjudge_up");
    }

    @Test
    void runsAreCountedByLanguageAndVerdictWithTimes() {
        metrics.recordRun("v1", result("python", Verdict.ACCEPTED, 120, 5));
        metrics.recordRun("v1", result("python", Verdict.ACCEPTED, 80, 15));
        metrics.recordRun("v1", result("python", Verdict.WRONG_ANSWER, 3000, 0));
        metrics.recordRun("v1", result("java", Verdict.COMPILATION_ERROR, 200_000_000, 10));

        String text = metrics.render(LOAD, Health.up());

        assertThat(text).contains(
                "labjudge_runs_total{frontend=\"v1\",language=\"java\",verdict=\"COMPILATION_ERROR\"} 1\n"
                        + "labjudge_runs_total{frontend=\"v1\",language=\"python\",verdict=\"ACCEPTED\"} 2\n"
                        + "labjudge_runs_total{frontend=\"v1\",language=\"python\",verdict=\"WRONG_ANSWER\"} 1\n",
                "labjudge_queue_wait_ms_sum 30\nlabjudge_queue_wait_ms_count 4\n");
    }

    @Test
    void testsAreCountedByVerdictSoSkippedOnesAreToldFromTheOnesThatRan() {
        metrics.recordRun("v1", new RunResult("id", "node", "python", Verdict.WRONG_ANSWER, null, List.of(
                test("1", Verdict.ACCEPTED), test("2", Verdict.WRONG_ANSWER), test("3", Verdict.SKIPPED)), null, 0, 9));
        metrics.recordRun("v1", new RunResult("id", "node", "python", Verdict.ACCEPTED, null, List.of(
                test("1", Verdict.ACCEPTED)), null, 0, 9));

        assertThat(metrics.render(LOAD, Health.up())).contains("# TYPE labjudge_tests_total counter\n"
                + "labjudge_tests_total{verdict=\"ACCEPTED\"} 2\n"
                + "labjudge_tests_total{verdict=\"SKIPPED\"} 1\n"
                + "labjudge_tests_total{verdict=\"WRONG_ANSWER\"} 1\n");
    }

    private static TestResult test(String name, Verdict verdict) {
        return new TestResult(name, verdict, 0, null, "", "", 1, 1, 1, false, null);
    }

    @Test
    void theDurationHistogramIsCumulative() {
        metrics.recordRun("v1", result("python", Verdict.OK, 10, 0));
        metrics.recordRun("v1", result("python", Verdict.OK, 11, 0));
        metrics.recordRun("v1", result("python", Verdict.OK, 400, 0));
        metrics.recordRun("v1", result("python", Verdict.OK, 1_000_000, 0));

        String text = metrics.render(LOAD, Health.up());

        assertThat(text).contains(
                "labjudge_run_duration_ms_bucket{le=\"10\"} 1\n"
                        + "labjudge_run_duration_ms_bucket{le=\"25\"} 2\n"
                        + "labjudge_run_duration_ms_bucket{le=\"50\"} 2\n"
                        + "labjudge_run_duration_ms_bucket{le=\"100\"} 2\n"
                        + "labjudge_run_duration_ms_bucket{le=\"250\"} 2\n"
                        + "labjudge_run_duration_ms_bucket{le=\"500\"} 3\n",
                "labjudge_run_duration_ms_bucket{le=\"300000\"} 3\n"
                        + "labjudge_run_duration_ms_bucket{le=\"+Inf\"} 4\n"
                        + "labjudge_run_duration_ms_sum 1000421\n"
                        + "labjudge_run_duration_ms_count 4\n");
    }

    @Test
    void httpStatusesAndRejectionsAreCounted() {
        metrics.recordHttp(200);
        metrics.recordHttp(200);
        metrics.recordHttp(429);
        metrics.recordRejected("v1", Reason.SHUTTING_DOWN);
        metrics.recordRejected("v1", Reason.SHUTTING_DOWN);

        String text = metrics.render(LOAD, Health.down("no Docker"));

        assertThat(text).contains(
                "labjudge_http_responses_total{status=\"200\"} 2\nlabjudge_http_responses_total{status=\"429\"} 1\n",
                "labjudge_rejected_total{frontend=\"v1\",reason=\"shutting_down\"} 2\n",
                "labjudge_up 0\n");
    }

    @Test
    void labelValuesAreEscaped() {
        metrics.recordRun("v1", result("we\"ird\\lang\nuage", Verdict.OK, 1, 0));
        metrics.recordRun("v1", result(null, null, 1, 0));

        String text = metrics.render(LOAD, Health.up());

        assertThat(text).contains("labjudge_runs_total{frontend=\"v1\",language=\"we\\\"ird\\\\lang\\nuage\",verdict=\"OK\"} 1\n")
                .contains("labjudge_runs_total{frontend=\"v1\",language=\"unknown\",verdict=\"UNKNOWN\"} 1\n");
    }

    @Test
    void recordingFromManyThreadsLosesNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        metrics.recordRun("v1", result("python", Verdict.ACCEPTED, i, 1));
                        metrics.recordHttp(200);
                        metrics.render(LOAD, Health.up());
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        String text = metrics.render(LOAD, Health.up());

        assertThat(text).contains("labjudge_runs_total{frontend=\"v1\",language=\"python\",verdict=\"ACCEPTED\"} 8000\n",
                "labjudge_run_duration_ms_count 8000\n", "labjudge_run_duration_ms_bucket{le=\"+Inf\"} 8000\n",
                "labjudge_queue_wait_ms_count 8000\n", "labjudge_http_responses_total{status=\"200\"} 8000\n");
    }

    private static RunResult result(String language, Verdict verdict, long totalMs, long queueMs) {
        return new RunResult("id", "node", language, verdict, null, List.of(), null, queueMs, totalMs);
    }
}
