package org.labjudge.node.judge.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.judge.RecordingSandboxes;
import org.labjudge.node.judge.WorkerFixture;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A C++ validator with its header is compiled once per node: once for a 20-test run and not again for a
 * second submission; it runs in a sandbox of its own with the test's flags, never in the program's.
 */
@Tag("docker")
class ValidatorBuiltOnceTest {
    private static final String THIRDS = "n = int(input())\nprint(round(n / 3, %d))\n";

    @Test
    void oneCompilationServesTwentyTestsAndTheNextSubmission() {
        try (WorkerFixture fixture = new WorkerFixture("python", "cpp")) {
            List<TestCase> tests = IntStream.rangeClosed(1, 20)
                    .mapToObj(i -> new TestCase("t" + i, i + "\n", String.format("%.9f%n", i / 3.0),
                            List.of("tolerance", "1e-3")))
                    .toList();
            RunRequest close = RunRequest.of("python", String.format(THIRDS, 4)).withTests(tests)
                    .withValidator(SampleValidators.floatCpp(Limits.NONE));

            RunResult accepted = fixture.worker.run(close);
            // The same validator again, from a fresh request: the node knows it by its files' hash.
            RunResult again = fixture.worker.run(RunRequest.of("python", String.format(THIRDS, 6))
                    .withTests(tests).withValidator(SampleValidators.floatCpp(Limits.NONE)));
            RunResult tooRough = fixture.worker.run(RunRequest.of("python", String.format(THIRDS, 1))
                    .withTests(tests).withValidator(SampleValidators.floatCpp(Limits.NONE)));

            assertThat(accepted.verdict()).as(accepted::toString).isEqualTo(Verdict.ACCEPTED);
            assertThat(accepted.tests()).hasSize(20).allMatch(t -> t.verdict() == Verdict.ACCEPTED);
            assertThat(again.verdict()).isEqualTo(Verdict.ACCEPTED);
            // round(n/3, 1) is off by up to 0.05: past the 1e-3 tolerance the flags give.
            assertThat(tooRough.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
            TestResult first = tooRough.tests().get(0);
            assertThat(first.feedback()).isEqualTo("your answer is not close enough");
            assertThat(first.judgeMessage()).startsWith("expected 0.333333, got 0.300000");

            RecordingSandboxes recording = fixture.recording;
            assertThat(recording.commands).filteredOn(c -> c.startsWith("g++ ")).hasSize(1);
            assertThat(fixture.worker.validatorBuilds()).isEqualTo(1);
            List<String> validatorRuns = recording.commands.stream().filter(c -> c.contains("lj-validate.sh")).toList();
            assertThat(validatorRuns).hasSize(60)
                    .allMatch(c -> c.endsWith("./validator input answer feedback/ tolerance 1e-3"));
            for (RecordingSandboxes.Opened opened : recording.opened) {
                boolean program = opened.commands().stream().anyMatch(c -> c.startsWith("python3 "));
                boolean validator = opened.commands().stream().anyMatch(c -> c.contains("lj-validate.sh"));
                assertThat(program && validator).as("program and validator share %s", opened).isFalse();
                if (validator) {
                    assertThat(opened.spec().image()).startsWith("labjudge/cpp:");
                }
            }
        }
    }
}
