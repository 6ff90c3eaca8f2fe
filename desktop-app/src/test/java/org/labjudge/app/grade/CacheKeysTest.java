package org.labjudge.app.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.CheckerType;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.ValidatorSpec;

/** What judges every test of a submission again, what judges one test again, and what judges none. */
class CacheKeysTest {

    private final CacheKeys keys = new CacheKeys();

    private static final TestCase ONE = new TestCase("secret/a/1", "1 2\n", "3\n");
    private static final TestCase TWO = new TestCase("secret/a/2", "2 2\n", "4\n");
    private static final TestGroup GROUP = new TestGroup("secret/a", List.of(ONE.name(), TWO.name()),
            ScoreAggregation.SUM, false, 10.0, 0.0, 20.0);
    private static final RunRequest REQUEST = new RunRequest("python", "print(sum(map(int, input().split())))",
            null, null, null, new Limits(1000, null, 256, null, null), List.of(ONE, TWO), null, false, null,
            new Scoring(ScoreAggregation.SUM, List.of(GROUP)));

    @Test
    void theSameRequestHasTheSameKeys() {
        assertThat(keys.submission(REQUEST)).isEqualTo(new CacheKeys().submission(REQUEST)).hasSize(64);
        assertThat(keys.test(keys.submission(REQUEST), ONE, GROUP))
                .isEqualTo(keys.test(keys.submission(REQUEST), ONE, GROUP));
    }

    @Test
    void whatEveryTestDependsOnChangesTheSubmissionsKeyAndSoEveryTestsKey() {
        String key = keys.submission(REQUEST);
        List<RunRequest> changed = List.of(
                new RunRequest("pypy", REQUEST.source(), null, null, null, REQUEST.limits(), REQUEST.tests(), null,
                        false, null, REQUEST.scoring()),
                new RunRequest("python", REQUEST.source() + "\n", null, null, null, REQUEST.limits(),
                        REQUEST.tests(), null, false, null, REQUEST.scoring()),
                new RunRequest("python", REQUEST.source(), List.of(new SourceFile("util.py", "X = 1\n")), null, null,
                        REQUEST.limits(), REQUEST.tests(), null, false, null, REQUEST.scoring()),
                REQUEST.withLimits(new Limits(2000, null, 256, null, null)),
                REQUEST.withLimits(new Limits(1000, null, 512, null, null)),
                REQUEST.withChecker(CheckerSpec.of(CheckerType.EXACT)),
                REQUEST.withValidator(new ValidatorSpec("python", List.of(new SourceFile("v.py", "exit(42)\n")),
                        null)),
                REQUEST.withValidator(new ValidatorSpec("python", List.of(new SourceFile("v.py", "exit(43)\n")),
                        null)));
        for (RunRequest request : changed) {
            assertThat(keys.submission(request)).as(request.toString()).isNotEqualTo(key);
            assertThat(keys.test(keys.submission(request), ONE, GROUP)).isNotEqualTo(keys.test(key, ONE, GROUP));
        }
        assertThat(keys.submission(REQUEST.withValidator(new ValidatorSpec("python",
                List.of(new SourceFile("v.py", "exit(42)\n")), null)))).as("another validator, not only none")
                .isNotEqualTo(keys.submission(REQUEST.withValidator(new ValidatorSpec("python",
                        List.of(new SourceFile("v.py", "exit(43)\n")), null))));
    }

    @Test
    void oneTestsDataChangesOnlyThatTestsKey() {
        String key = keys.submission(REQUEST);
        TestCase newAnswer = new TestCase(ONE.name(), ONE.input(), "4\n");
        TestCase newInput = new TestCase(ONE.name(), "1 3\n", ONE.expected());
        TestCase newFlags = new TestCase(ONE.name(), ONE.input(), ONE.expected(), List.of("float_tolerance", "1e-6"));
        TestCase ownChecker = new TestCase(ONE.name(), ONE.input(), ONE.expected(), null,
                CheckerSpec.of(CheckerType.EXACT));
        RunRequest withNewAnswer = REQUEST.withTests(List.of(newAnswer, TWO));

        assertThat(keys.submission(withNewAnswer)).as("the tests are not in the submission's key").isEqualTo(key);
        for (TestCase changed : List.of(newAnswer, newInput, newFlags, ownChecker)) {
            assertThat(keys.test(key, changed, GROUP)).as(changed.toString()).isNotEqualTo(keys.test(key, ONE, GROUP));
        }
        assertThat(keys.test(key, TWO, GROUP)).as("the other test keeps its result")
                .isEqualTo(keys.test(keys.submission(withNewAnswer), TWO, GROUP));
    }

    @Test
    void theFlagsOfATestsGroupAreInItsKeyButWhatIsRecomputedIsNot() {
        String key = keys.submission(REQUEST);
        String one = keys.test(key, ONE, GROUP);
        TestGroup otherAccept = new TestGroup(GROUP.name(), GROUP.tests(), ScoreAggregation.SUM, false, 5.0, 0.0, 20.0);
        TestGroup otherReject = new TestGroup(GROUP.name(), GROUP.tests(), ScoreAggregation.SUM, false, 10.0, 1.0,
                20.0);
        TestGroup continues = new TestGroup(GROUP.name(), GROUP.tests(), ScoreAggregation.SUM, true, 10.0, 0.0, 20.0);
        TestGroup renamed = new TestGroup("secret/b", GROUP.tests(), ScoreAggregation.SUM, false, 10.0, 0.0, 20.0);
        for (TestGroup changed : List.of(otherAccept, otherReject, continues, renamed)) {
            assertThat(keys.test(key, ONE, changed)).as(changed.toString()).isNotEqualTo(one);
        }
        assertThat(keys.test(key, ONE, null)).as("out of its group").isNotEqualTo(one);

        TestGroup otherAggregation = new TestGroup(GROUP.name(), GROUP.tests(), ScoreAggregation.MIN, false, 10.0, 0.0,
                50.0);
        TestGroup moreTests = new TestGroup(GROUP.name(), List.of(ONE.name(), TWO.name(), "secret/a/3"),
                ScoreAggregation.SUM, false, 10.0, 0.0, 20.0);
        assertThat(keys.test(key, ONE, otherAggregation)).as("a group's aggregation and maximum").isEqualTo(one);
        assertThat(keys.test(key, ONE, moreTests)).as("a test added beside it").isEqualTo(one);
        assertThat(keys.submission(REQUEST.withScoring(new Scoring(ScoreAggregation.MAX, List.of(otherAggregation)))))
                .as("the total's aggregation").isEqualTo(key);
    }
}
