package org.labjudge.node.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.testing.LoadAverage;
import org.labjudge.node.testing.NodeJvm;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.RunResult;

/**
 * Hours, not minutes: mixed load ({@link SoakMix}: every language of the table in every way a run ends, hostile
 * programs among them) from several clients over three node processes of one slot each, for a given time. Prints
 * each node's figures ({@link NodeFigures}) at the start, after warm-up (the first sixth of the load, at most 10
 * minutes), every sixth after and at the end, and whether any grew after warm-up; the runs done by kind; every
 * lost run (no answer, an HTTP error) and every wrong one (any verdict, build result, test verdict, output or
 * message other than expected) with its case and the load then; the sandboxes left after the nodes stopped; the
 * load averages. Its output folder ({@code executor-node/target/soak-PID}, or {@code -Dlabjudge.soak.dir}) keeps
 * each node's whole log and, per lost or wrong run, its request, answer and the node's log lines meanwhile
 * ({@link SoakEvidence}).
 * Exits 1 if a run was lost or wrong or a node grew. Run with {@code bin/benchmark soak [minutes] [clients]}
 * (default 10, 4).
 */
public final class SoakBenchmark {
    private static final int NODES = 3;
    /** Wrong runs printed in full; the rest are counted by kind. */
    private static final int SHOWN = 30;
    /** The nodes' log lines carry the time, to set beside a run's evidence and the load. */
    private static final List<String> LOG_TIMES = List.of("-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = Json.newMapper();
    private final Map<String, Tally> byKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> lost = new ConcurrentHashMap<>();
    private final Queue<String> wrong = new ConcurrentLinkedQueue<>();
    private final LongAdder done = new LongAdder();
    private final LongAdder byWallClock = new LongAdder();
    private final String id = "soak-" + ProcessHandle.current().pid();
    /** The soak's output folder: the nodes' logs and the evidence of every lost or wrong run. */
    private final SoakEvidence evidence;

    /** Runs of one kind: done, lost, wrong. */
    private static final class Tally {
        final LongAdder runs = new LongAdder();
        final LongAdder lost = new LongAdder();
        final LongAdder wrong = new LongAdder();
    }

    private SoakBenchmark() throws IOException {
        evidence = new SoakEvidence(Path.of(System.getProperty("labjudge.soak.dir", "executor-node/target"))
                .resolve(id).toAbsolutePath());
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        System.exit(new SoakBenchmark().soak(minutes, clients) ? 0 : 1);
    }

    /** Whether no run was lost or wrong and no node grew after warm-up. */
    private boolean soak(double minutes, int clients) throws Exception {
        List<Language> languages = LanguageTable.defaults().all();
        SoakMix mix = new SoakMix(languages);
        System.out.printf(Locale.ROOT, "LabJudge soak: %.1f min, %d clients, %d nodes of 1 slot, %d languages, %d cores;"
                + " load %s; node JVM %s%n", minutes, clients, NODES, languages.size(),
                Runtime.getRuntime().availableProcessors(), LoadAverage.now(), NodeJvm.benchmarkJvmOptions());
        System.out.printf(Locale.ROOT, "soak output: %s (each node's whole log; the request, answer and log lines of"
                + " every lost or wrong run)%n", evidence.folder());
        List<NodeJvm> nodes = new ArrayList<>();
        boolean grew = false;
        long began = System.nanoTime();
        try {
            for (int n = 1; n <= NODES; n++) {
                nodes.add(NodeJvm.builder(id + "-" + n).slots(1).setting("maxQueue", clients * 2)
                        .jvmOptions(NodeJvm.benchmarkJvmOptions()).jvmOptions(LOG_TIMES).log(evidence.nodeLog(n))
                        .start());
            }
            String[] ids = languages.stream().map(Language::id).toArray(String[]::new);
            for (NodeJvm node : nodes) {
                node.awaitUp(Duration.ofSeconds(600), ids);
            }
            List<NodeFigures> start = figures(nodes, "at start (up, no run yet)");
            warmUp(nodes, mix, languages);
            double warmUpMinutes = Math.min(10, minutes / 6);
            double sampleMinutes = Math.max(warmUpMinutes, minutes / 6);
            AtomicLong next = new AtomicLong();
            long loadFrom = System.nanoTime();
            long endAt = loadFrom + (long) (minutes * 60e9);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                long seed = c;
                pool.execute(() -> {
                    Random random = new Random(seed);
                    while (System.nanoTime() < endAt) {
                        long n = next.getAndIncrement();
                        int node = (int) (n % nodes.size());
                        once(nodes.get(node), node + 1, n, mix.pick(random, n));
                    }
                });
            }
            pool.shutdown();
            List<NodeFigures> warm = null;
            long nextSample = loadFrom + (long) (warmUpMinutes * 60e9);
            long nextProgress = loadFrom + 60_000_000_000L;
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                long now = System.nanoTime();
                if (now >= nextSample) {
                    List<NodeFigures> sample = figures(nodes, String.format(Locale.ROOT, "%s, %.0f min into the load",
                            warm == null ? "after warm-up" : "sample", (now - loadFrom) / 60e9));
                    warm = warm == null ? sample : warm;
                    nextSample += (long) (sampleMinutes * 60e9);
                }
                if (now >= nextProgress) {
                    System.out.printf(Locale.ROOT, "soak: %.1f min, %d runs, %d lost, %d wrong; load %s%n",
                            (now - loadFrom) / 60e9, done.sum(), lostRuns(), wrong.size(), LoadAverage.now());
                    nextProgress += 60_000_000_000L;
                }
            }
            double loadMinutes = (System.nanoTime() - loadFrom) / 60e9;
            Thread.sleep(5000); // the last runs' sandboxes go back to the pools
            List<NodeFigures> end = figures(nodes, "at end");
            if (warm == null) {
                warm = start;
            }
            report(loadMinutes);
            for (int n = 0; n < nodes.size(); n++) {
                List<String> growth = end.get(n).growthOver(warm.get(n));
                grew |= !growth.isEmpty();
                System.out.printf(Locale.ROOT, "node %d after warm-up to end: %s%n", n + 1,
                        growth.isEmpty() ? "no growth" : "GREW: " + String.join(", ", growth));
            }
        } finally {
            for (NodeJvm node : nodes) {
                node.close();
            }
        }
        int left = 0;
        for (NodeJvm node : nodes) {
            left += NodeFigures.containersOf(node.nodeId()).size();
        }
        System.out.printf(Locale.ROOT, "sandboxes left after the nodes stopped: %d%n", left);
        System.out.printf(Locale.ROOT, "soak output (node logs, evidence of lost and wrong runs): %s%n",
                evidence.folder());
        boolean passed = lostRuns() == 0 && wrong.isEmpty() && !grew && left == 0;
        System.out.printf(Locale.ROOT, "soak %s: %d runs in %.1f min, %d lost, %d wrong (%d by a wall clock), %s;"
                + " load at the end %s%n", passed ? "PASSED" : "FAILED", done.sum(), (System.nanoTime() - began) / 60e9,
                lostRuns(), wrong.size(), byWallClock.sum(), grew ? "growth after warm-up" : "no growth after warm-up", LoadAverage.now());
        return passed;
    }

    /** Every language passes once on every node, all three at once, so the pools have filled before "warm". */
    private void warmUp(List<NodeJvm> nodes, SoakMix mix, List<Language> languages) throws Exception {
        long from = System.nanoTime();
        ExecutorService each = Executors.newFixedThreadPool(nodes.size());
        List<Future<?>> passes = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            int node = n;
            passes.add(each.submit(() -> {
                for (Language language : languages) {
                    once(nodes.get(node), node + 1, -1, mix.student(language, 0, node));
                }
            }));
        }
        for (Future<?> pass : passes) {
            pass.get();
        }
        each.shutdown();
        System.out.printf(Locale.ROOT, "warm-up pass: every language once on every node in %.1f s%n",
                (System.nanoTime() - from) / 1e9);
    }

    /** Posts one run and counts how it ended; keeps the evidence of one that was lost or wrong. */
    private void once(NodeJvm node, int nodeNumber, long n, SoakCase soakCase) {
        Tally tally = byKind.computeIfAbsent(soakCase.kind(), k -> new Tally());
        tally.runs.increment();
        done.increment();
        String where = "node " + nodeNumber + " run " + (n < 0 ? "warm-up" : "#" + n);
        String name = "node" + nodeNumber + "-run" + (n < 0 ? "-warm-up-" + soakCase.kind().replace(' ', '-') : n);
        long logFrom = SoakEvidence.mark(node.log());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.uri("/api/v1/runs"))
                    .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(json, soakCase.request()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                String why = "HTTP " + response.statusCode() + ": " + SoakCase.abbreviate(response.body());
                Path kept = evidence.save(name, where, soakCase, why, soakCase.request(), response.statusCode(),
                        response.body(), node.log(), logFrom);
                lost(tally, why, where, soakCase, kept);
                return;
            }
            RunResult result = Json.read(json, response.body(), RunResult.class);
            String difference = soakCase.wrongIn(result);
            if (difference != null) {
                tally.wrong.increment();
                if (SoakCase.byWallClock(difference)) {
                    byWallClock.increment();
                }
                Path kept = evidence.save(name, where, soakCase, difference, soakCase.request(), 200,
                        response.body(), node.log(), logFrom);
                String line = where + " (" + result.id() + "): " + difference + "\n      case: " + soakCase.describe()
                        + "\n      load " + LoadAverage.now() + "; kept in " + kept;
                wrong.add(line);
                System.out.printf(Locale.ROOT, "wrong: %s%n", line);
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            lost(tally, why, where, soakCase,
                    evidence.save(name, where, soakCase, why, soakCase.request(), 0, null, node.log(), logFrom));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lost(tally, "interrupted", where, soakCase, null);
        }
    }

    private void lost(Tally tally, String why, String where, SoakCase soakCase, Path kept) {
        tally.lost.increment();
        lost.computeIfAbsent(why, w -> new LongAdder()).increment();
        System.out.printf(Locale.ROOT, "lost: %s: %s%n      case: %s%n      load %s%s%n", where, why,
                soakCase.describe(), LoadAverage.now(), kept == null ? "" : "; kept in " + kept);
    }

    private long lostRuns() {
        return lost.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private static List<NodeFigures> figures(List<NodeJvm> nodes, String when) throws IOException, InterruptedException {
        List<NodeFigures> all = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            NodeFigures figures = NodeFigures.of(nodes.get(n));
            all.add(figures);
            System.out.printf(Locale.ROOT, "node %d %s: %s; load %s%n", n + 1, when, figures, LoadAverage.now());
        }
        return all;
    }

    private void report(double loadMinutes) {
        System.out.printf(Locale.ROOT, "soak: %d runs (warm-up included) in %.1f min of load (%.1f a minute), %d lost,"
                + " %d wrong%n", done.sum(), loadMinutes, done.sum() / loadMinutes, lostRuns(), wrong.size());
        System.out.println("  runs  lost wrong  kind");
        new TreeMap<>(byKind).forEach((kind, t) -> System.out.printf(Locale.ROOT, "%6d %5d %5d  %s%n", t.runs.sum(),
                t.lost.sum(), t.wrong.sum(), kind));
        lost.forEach((why, count) -> System.out.printf(Locale.ROOT, "lost %5d x %s%n", count.sum(), why));
        System.out.printf(Locale.ROOT, "wrong: %d, of them %d stopped by a wall clock (a build's or a test's)%n",
                wrong.size(), byWallClock.sum());
        wrong.stream().limit(SHOWN).forEach(w -> System.out.println("wrong: " + w));
        if (wrong.size() > SHOWN) {
            System.out.printf(Locale.ROOT, "wrong: %d more, counted by kind above%n", wrong.size() - SHOWN);
        }
    }
}
