package org.labjudge.app.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.GroupResult;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * Which tests a submission is sent when the cache holds some of its results, and the run assembled from kept
 * and fresh results: on_reject: break applied over both, and the group scores and verdict recomputed.
 */
class IncrementalRunTest {

    @TempDir
    Path dir;

    private final CacheKeys keys = new CacheKeys();

    private static final List<TestCase> TESTS = List.of(new TestCase("sample/1", "1\n", "1\n"),
            new TestCase("secret/a/1", "2\n", "2\n"), new TestCase("secret/a/2", "3\n", "3\n"),
            new TestCase("secret/b/1", "4\n", "4\n"), new TestCase("secret/b/2", "5\n", "5\n"),
            new TestCase("secret/b/3", "6\n", "6\n"));
    private static final Scoring SCORING = new Scoring(ScoreAggregation.SUM, List.of(
            new TestGroup("secret/a", List.of("secret/a/1", "secret/a/2"), ScoreAggregation.SUM, true, 10.0, 0.0, 20.0),
            new TestGroup("secret/b", List.of("secret/b/1", "secret/b/2", "secret/b/3"), ScoreAggregation.MIN, false,
                    70.0, 0.0, 70.0)));
    private static final RunRequest FULL = new RunRequest("python", "print(input())", null, null, null, null, TESTS,
            null, false, null, SCORING);

    @Test
    void withNothingKeptTheWholeRequestIsSentAndTheNodesAnswerStands() {
        ResultCache cache = ResultCache.in(dir);
        IncrementalRun run = IncrementalRun.of(FULL, cache, keys);
        assertThat(run.complete()).isFalse();
        assertThat(run.request()).isEqualTo(FULL);

        RunResult answer = node(FULL, "secret/b/2");
        assertThat(run.withFresh(answer)).isSameAs(answer);
        IncrementalRun again = IncrementalRun.of(FULL, cache, keys);
        assertThat(again.complete()).as("every test it ran is kept; b/3 is skipped again after b/2's failure")
                .isTrue();
        assertThat(again.fromCache()).usingRecursiveComparison().ignoringFields("id", "totalMs").isEqualTo(answer);
    }

    @Test
    void aKeptFailureInABreakingGroupSkipsTheRestOfItAndOnlyTheChangedTestIsSent() {
        ResultCache cache = ResultCache.in(dir);
        IncrementalRun.of(FULL, cache, keys).withFresh(node(FULL, "secret/b/1")); // fails b/1: b/2, b/3 skipped
        List<TestCase> fixed = new ArrayList<>(TESTS);
        fixed.set(1, new TestCase("secret/a/1", "2\n", "two\n")); // the teacher changes a/1's answer
        RunRequest changed = FULL.withTests(fixed);

        IncrementalRun run = IncrementalRun.of(changed, cache, keys);

        assertThat(run.complete()).isFalse();
        assertThat(run.request().tests()).extracting(TestCase::name).containsExactly("secret/a/1");
        assertThat(run.request().scoring().groups()).extracting(TestGroup::name).containsExactly("secret/a");
        RunResult assembled = run.withFresh(node(run.request(), "secret/a/1"));
        assertThat(assembled).usingRecursiveComparison().ignoringFields("id", "totalMs")
                .isEqualTo(node(changed, "secret/a/1", "secret/b/1"));
        assertThat(assembled.groups()).extracting(GroupResult::score).containsExactly(10.0, 0.0);
        assertThat(assembled.score()).isEqualTo(10.0);
    }

    @Test
    void aFixedFailureInABreakingGroupSendsTheTestsItHadSkipped() {
        ResultCache cache = ResultCache.in(dir);
        IncrementalRun.of(FULL, cache, keys).withFresh(node(FULL, "secret/b/2"));
        List<TestCase> fixed = new ArrayList<>(TESTS);
        fixed.set(4, new TestCase("secret/b/2", "5\n", "five\n"));
        RunRequest changed = FULL.withTests(fixed);

        IncrementalRun run = IncrementalRun.of(changed, cache, keys);

        assertThat(run.request().tests()).extracting(TestCase::name).containsExactly("secret/b/2", "secret/b/3");
        RunResult assembled = run.withFresh(node(run.request()));
        assertThat(assembled).usingRecursiveComparison().ignoringFields("id", "totalMs").isEqualTo(node(changed));
        assertThat(assembled.score()).isEqualTo(90.0);
        assertThat(IncrementalRun.of(changed, cache, keys).complete()).isTrue();
        assertThat(IncrementalRun.of(changed, cache, keys).fromCache()).usingRecursiveComparison()
                .ignoringFields("id", "totalMs", "queueMs").isEqualTo(node(changed));
    }

    @Test
    void aSubmissionThatDidNotCompileIsSettledWhateverTheTests() {
        ResultCache cache = ResultCache.in(dir);
        CompileResult failed = new CompileResult(1, "", "SyntaxError", 5, 6, false, Verdict.COMPILATION_ERROR);
        RunResult answer = new RunResult("r", "lab-01", "python", Verdict.COMPILATION_ERROR, failed,
                TESTS.stream().map(t -> TestResult.skipped(t.name(), null)).toList(), null, 0, 9);
        IncrementalRun.of(FULL, cache, keys).withFresh(answer);
        List<TestCase> fixed = new ArrayList<>(TESTS);
        fixed.set(2, new TestCase("secret/a/2", "3\n", "three\n"));

        IncrementalRun run = IncrementalRun.of(FULL.withTests(fixed), cache, keys);

        assertThat(run.complete()).isTrue();
        RunResult result = run.fromCache();
        assertThat(result.verdict()).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.compile()).isEqualTo(failed);
        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.SKIPPED).hasSize(6);
        assertThat(result.score()).isZero();
    }

    @Test
    void skippedTestsAndTheNodesInternalErrorsAreNotKept() {
        ResultCache cache = ResultCache.in(dir);
        IncrementalRun first = IncrementalRun.of(FULL, cache, keys);
        first.heard(TestResult.skipped("secret/a/1", "skipped"));
        first.heard(new TestResult("secret/a/2", Verdict.INTERNAL_ERROR, null, null, "", "", 0, 0, 0, false, "x"));
        first.heard(passed("secret/b/1"));

        IncrementalRun again = IncrementalRun.of(FULL, cache, keys);

        assertThat(again.request().tests()).extracting(TestCase::name)
                .containsExactly("sample/1", "secret/a/1", "secret/a/2", "secret/b/2", "secret/b/3");
    }

    /** What a node answers to {@code request} for a program that fails {@code failing} and passes the rest. */
    private static RunResult node(RunRequest request, String... failing) {
        List<String> fails = List.of(failing);
        org.labjudge.protocol.score.GroupPlan plan = new org.labjudge.protocol.score.GroupPlan(request.scoring());
        List<TestResult> tests = new ArrayList<>();
        for (TestCase test : request.tests()) {
            TestResult result = plan.skips(test)
                    ? TestResult.skipped(test.name(), org.labjudge.protocol.score.GroupPlan.SKIPPED_MESSAGE)
                    : fails.contains(test.name()) ? new TestResult(test.name(), Verdict.WRONG_ANSWER, 0, null, "x\n",
                    "", 7, 8, 900, false, null) : passed(test.name());
            plan.record(test, result);
            tests.add(result);
        }
        var sheet = org.labjudge.protocol.score.ScoreSheet.of(request.scoring(), tests,
                Verdict.overall(tests.stream().map(TestResult::verdict).toList()));
        return new RunResult("r", "lab-01", request.language(), sheet.verdict(), null, sheet.tests(), null, 0, 9,
                sheet.score(), sheet.groups());
    }

    private static TestResult passed(String name) {
        return new TestResult(name, Verdict.ACCEPTED, 0, null, "ok\n", "", 7, 8, 900, false, null);
    }
}
