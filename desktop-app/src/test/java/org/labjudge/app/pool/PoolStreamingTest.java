package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * A run submitted with a test listener asks for a streamed run; a node without {@code /api/v1/runs/stream} (an
 * older node: 404) is asked again for a plain run, on the same node and without counting it as a failure.
 */
class PoolStreamingTest {

    @TempDir
    Path dir;

    @Test
    void aNodeWithoutStreamedRunsStillJudgesTheRun() throws Exception {
        try (StubNode node = StubNode.start("old-01", 2, Duration.ZERO);
             Pool pool = TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(node)))) {
            List<TestResult> heard = new CopyOnWriteArrayList<>();
            RunRequest request = RunRequest.of("python", "print(input())")
                    .withTests(List.of(new TestCase("1", "a\n", "a\n"), new TestCase("2", "b\n", "b\n")));

            RunResult result = pool.submit(request, heard::add).get();

            assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(result.nodeId()).isEqualTo("old-01");
            assertThat(node.served()).isEqualTo(1);
            assertThat(heard).as("an unstreamed answer's tests come with its result only").isEmpty();
            assertThat(pool.nodes()).singleElement().satisfies(n -> assertThat(n.state()).isEqualTo(NodeState.UP));
        }
    }
}
