package org.labjudge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.pool.ConsoleCall;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.node.process.NodeProcess;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.RunRequest;

/**
 * A console session through the pool client on a real node (its own process): typed lines are echoed while the
 * program runs, and when the node is killed (SIGKILL) mid-session the session ends with NODE_LOST and a message
 * naming the node, within seconds, instead of hanging.
 */
@Tag("docker")
class PoolConsoleNodeKilledTest {
    private static final String ECHO = "while True:\n    print('echo ' + input(), flush=True)\n";

    @TempDir
    Path dir;

    @Test
    void aNodeKilledMidSessionEndsItWithAMessage() throws Exception {
        List<NodeProcess> nodes = NodeProcess.startAll("console-killed-", 1, 1);
        NodeProcess victim = nodes.get(0);
        Path list = NodeProcess.writeNodeList(dir.resolve("nodes.json"), nodes);
        LinkedBlockingQueue<ConsoleEvent> events = new LinkedBlockingQueue<>();
        try (Pool pool = Pool.start(PoolConfig.defaults().withNodeList(list.toString()))) {
            ConsoleCall session = pool.console(new ConsoleStart(RunRequest.of("python", ECHO), null, null), events::add);
            ConsoleEvent started = events.poll(120, TimeUnit.SECONDS);
            assertThat(started).isNotNull();
            assertThat(started.started()).as("first event: %s", started).isNotNull();
            assertThat(session.nodeName()).hasValue(victim.nodeId());

            session.type("one\n");
            ConsoleEvent echo = events.poll(30, TimeUnit.SECONDS);
            assertThat(echo).isNotNull();
            assertThat(echo.stdout()).isEqualTo("echo one\n");

            victim.kill();
            // Never a hang: the end comes once the connection breaks (get throws if it does not).
            ConsoleEnd end = session.ended().get(20, TimeUnit.SECONDS);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.NODE_LOST);
            assertThat(end.message()).startsWith("Lost node " + victim.nodeId() + ": ")
                    .endsWith("The program's run is gone; run it again.");
            assertThat(events.poll(1, TimeUnit.SECONDS).end()).isEqualTo(end);
        } finally {
            nodes.forEach(NodeProcess::close);
        }
    }
}
