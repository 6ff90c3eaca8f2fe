package org.labjudge.node.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A streamed run hears each test's result as it is judged, in request order, skipped tests included, and the
 * same results as the whole answer carries; a syntax error gives every test as skipped.
 */
@Tag("docker")
class StreamedTestsTest {

    private static final String DOUBLE = "n = int(input())\nprint(2 * n if n != 3 else 0)\n";

    @Test
    void eachTestIsHeardInOrderAsTheResultHasIt() {
        try (WorkerFixture fixture = new WorkerFixture("python")) {
            List<TestResult> heard = new CopyOnWriteArrayList<>();
            RunRequest request = RunRequest.of("python", DOUBLE).withTests(List.of(new TestCase("1", "1\n", "2\n"),
                    new TestCase("2", "2\n", "4\n"), new TestCase("3", "3\n", "6\n"), new TestCase("4", "4\n", "8\n")));
            RunRequest stopping = new RunRequest(request.language(), request.source(), null, null, null, null,
                    request.tests(), null, true);

            RunResult result = fixture.worker.run(stopping, RunOptions.V1.streamingTo(heard::add));

            assertThat(heard).extracting(TestResult::name).containsExactly("1", "2", "3", "4");
            assertThat(heard).extracting(TestResult::verdict).containsExactly(Verdict.ACCEPTED, Verdict.ACCEPTED,
                    Verdict.WRONG_ANSWER, Verdict.SKIPPED);
            assertThat(heard).isEqualTo(result.tests());
        }
    }

    @Test
    void aSyntaxErrorIsHeardAsEveryTestSkipped() {
        try (WorkerFixture fixture = new WorkerFixture("python")) {
            List<TestResult> heard = new CopyOnWriteArrayList<>();
            RunResult result = fixture.worker.run(RunRequest.of("python", "if x\n    print(1)\n")
                    .withTests(List.of(new TestCase("1", "", "1\n"), new TestCase("2", "", "1\n"))),
                    RunOptions.V1.streamingTo(heard::add));

            assertThat(result.verdict()).isEqualTo(Verdict.COMPILATION_ERROR);
            assertThat(heard).extracting(TestResult::verdict).containsExactly(Verdict.SKIPPED, Verdict.SKIPPED);
        }
    }
}
