package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

/**
 * A console session on a pool whose nodes have no {@code /api/v1/console} (older nodes: 404 on the upgrade) ends
 * REFUSED in words naming them, and the nodes are not counted as failed: a batch run right after runs on them (the
 * editor falls back to one).
 */
class PoolConsoleOnOldNodeTest {

    @TempDir
    Path dir;

    @Test
    void nodesWithoutConsolesRefuseTheSessionAndStillTakeRuns() throws Exception {
        try (StubNode first = StubNode.start("old-01", 2, Duration.ZERO);
             StubNode second = StubNode.start("old-02", 2, Duration.ZERO);
             Pool pool = TestPools.start(dir, TestPools.fastConfig(),
                     List.of(TestPools.Listed.of(first), TestPools.Listed.of(second)))) {
            List<ConsoleEvent> events = new CopyOnWriteArrayList<>();
            ConsoleCall session = pool.console(new ConsoleStart(RunRequest.of("python", "print(input())")
                    .withStdin("Ada\n"), null, null), events::add);

            ConsoleEnd end = session.ended().get(10, TimeUnit.SECONDS);

            assertThat(end.reason()).isEqualTo(ConsoleEndReason.REFUSED);
            assertThat(end.message()).startsWith("nodes ").contains("old-01").contains("old-02")
                    .endsWith(" run no console sessions: they are older than /api/v1/console");
            assertThat(events).singleElement().satisfies(e -> assertThat(e.end()).isEqualTo(end));
            assertThat(pool.nodes()).allSatisfy(n -> assertThat(n.state()).isEqualTo(NodeState.UP));

            RunResult batch = pool.submit(RunRequest.of("python", "print(input())").withStdin("Ada\n")).get();
            assertThat(batch.verdict()).isEqualTo(Verdict.OK);
        }
    }
}
