package org.labjudge.app.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;
import org.labjudge.protocol.score.GroupPlan;
import org.labjudge.protocol.score.ScoreSheet;

/**
 * One submission's judgement from the {@link ResultCache} and the node: which of its tests still need a node
 * (those without a kept result, less those its group's {@code on_reject: break} skips after a kept failure),
 * and the whole run assembled from kept and fresh test results by the node's own rules ({@link GroupPlan},
 * {@link Verdict#overall}, {@link ScoreSheet}), so it reads as a full judgement would. Fresh results are kept
 * as they arrive; a skipped test or a node's internal error is never kept, so it runs next time.
 */
final class IncrementalRun {

    private final RunRequest full;
    private final ResultCache cache;
    private final String runKey;
    private final Map<String, String> testKeys = new HashMap<>();
    private final Map<String, TestResult> kept = new HashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final CompiledRun compiled;
    private final List<TestCase> toRun = new ArrayList<>();

    private IncrementalRun(RunRequest full, ResultCache cache, CacheKeys keys) {
        this.full = full;
        this.cache = cache;
        this.runKey = keys.submission(full);
        Map<String, TestGroup> groupOf = new HashMap<>();
        if (full.scoring() != null) {
            full.scoring().groups().forEach(g -> g.tests().forEach(t -> groupOf.put(t, g)));
        }
        full.tests().forEach(t -> testKeys.put(t.name(), keys.test(runKey, t, groupOf.get(t.name()))));
        this.compiled = cache.run(runKey).orElse(null);
        if (compiled != null && compiled.failed()) {
            return; // it did not compile: nothing to run
        }
        GroupPlan plan = new GroupPlan(full.scoring());
        for (TestCase test : full.tests()) {
            if (plan.skips(test)) {
                continue;
            }
            var result = cache.test(testKeys.get(test.name()));
            if (result.isPresent()) {
                kept.put(test.name(), result.get());
                plan.record(test, result.get());
            } else {
                toRun.add(test);
            }
        }
    }

    /** {@code full} (a whole judgement of one submission) against what {@code cache} keeps of it. */
    static IncrementalRun of(RunRequest full, ResultCache cache, CacheKeys keys) {
        return new IncrementalRun(full, cache, keys);
    }

    /** Whether the cache holds the whole judgement: nothing to send. */
    boolean complete() {
        return toRun.isEmpty() && (compiled != null || !kept.isEmpty());
    }

    /** How many tests {@link #request()} holds. */
    int testsToRun() {
        return toRun.size();
    }

    /** The request for a node: the submission with only the tests still to judge (all when nothing is kept). */
    RunRequest request() {
        if (kept.isEmpty()) {
            return full;
        }
        Set<String> names = new HashSet<>();
        toRun.forEach(t -> names.add(t.name()));
        return full.withTests(toRun).withScoring(full.scoring() == null ? null : full.scoring().restrictedTo(names));
    }

    /** Keeps a test's fresh result (from a node's stream, on a pool thread). */
    void heard(TestResult test) {
        String key = testKeys.get(test.name());
        if (key == null || test.verdict() == null || test.verdict() == Verdict.SKIPPED
                || test.verdict() == Verdict.INTERNAL_ERROR) {
            return; // not a judgement of the program: judged again next time
        }
        cache.putTest(key, test);
        written.add(test.name());
    }

    /** The whole judgement from the cache alone ({@link #complete()}). */
    RunResult fromCache() {
        return assemble(null);
    }

    /** The whole judgement: {@code fresh}, the node's answer to {@link #request()}, with what the cache kept. */
    RunResult withFresh(RunResult fresh) {
        if (fresh.verdict() != Verdict.INTERNAL_ERROR) {
            cache.putRun(runKey, new CompiledRun(fresh.nodeId(), fresh.limits(), fresh.compile()));
        }
        for (TestResult test : fresh.tests()) {
            if (!written.contains(test.name())) {
                heard(test); // a node without streamed runs, or a test the stream did not give
            }
        }
        return kept.isEmpty() ? fresh : assemble(fresh);
    }

    private RunResult assemble(RunResult fresh) {
        CompileResult compile = fresh != null ? fresh.compile() : compiled == null ? null : compiled.compile();
        String nodeId = fresh != null ? fresh.nodeId() : compiled == null ? null : compiled.nodeId();
        Limits limits = fresh != null ? fresh.limits() : compiled == null ? null : compiled.limits();
        boolean failed = compile != null && compile.verdict() == Verdict.COMPILATION_ERROR;
        Map<String, TestResult> known = new HashMap<>(kept);
        if (fresh != null) {
            fresh.tests().forEach(t -> known.put(t.name(), t));
        }
        List<TestResult> tests = new ArrayList<>();
        GroupPlan plan = new GroupPlan(full.scoring());
        for (TestCase test : full.tests()) {
            TestResult result = failed ? TestResult.skipped(test.name(), null)
                    : plan.skips(test) ? TestResult.skipped(test.name(), GroupPlan.SKIPPED_MESSAGE)
                    : known.getOrDefault(test.name(), TestResult.skipped(test.name(), null));
            plan.record(test, result);
            tests.add(result);
        }
        Verdict overall = failed ? Verdict.COMPILATION_ERROR
                : fresh != null && fresh.verdict() == Verdict.INTERNAL_ERROR ? Verdict.INTERNAL_ERROR
                : Verdict.overall(tests.stream().map(TestResult::verdict).toList());
        ScoreSheet sheet = ScoreSheet.of(full.scoring(), tests, overall);
        return new RunResult(fresh != null ? fresh.id() : "cached", nodeId, full.language(), sheet.verdict(), compile,
                sheet.tests(), limits, fresh != null ? fresh.queueMs() : 0, fresh != null ? fresh.totalMs() : 0,
                sheet.score(), sheet.groups());
    }
}
