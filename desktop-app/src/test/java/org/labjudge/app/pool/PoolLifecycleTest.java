package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.RunRequest;

/** Health tracking over time, node list refreshes, listeners, and the embedded default. */
class PoolLifecycleTest {

    private static final RunRequest HELLO = RunRequest.of("python", "print('hello')");

    @TempDir
    Path dir;

    @Test
    void aKilledNodeIsMarkedDownAndUsedAgainWhenItComesBack() throws Exception {
        try (StubNode flaky = StubNode.start("flaky", 2, Duration.ZERO);
             StubNode steady = StubNode.start("steady", 2, Duration.ZERO);
             Pool pool = TestPools.start(dir, TestPools.fastConfig(),
                     List.of(TestPools.Listed.of(flaky, 1000), TestPools.Listed.of(steady)))) {
            assertThat(pool.run(HELLO).nodeId()).isEqualTo("flaky");

            flaky.kill();
            await().atMost(Duration.ofSeconds(5)).until(() -> pool.nodes().get(0).state() == NodeState.DOWN);
            for (int i = 0; i < 5; i++) {
                assertThat(pool.run(HELLO).nodeId()).isEqualTo("steady");
            }

            flaky.restart();
            await().atMost(Duration.ofSeconds(10)).until(() -> pool.nodes().get(0).state() == NodeState.UP);
            assertThat(pool.run(HELLO).nodeId()).isEqualTo("flaky");
        }
    }

    @Test
    void statusesReportLatencyLoadAndLanguages() throws Exception {
        try (StubNode node = StubNode.start("n1", 3, Duration.ZERO);
             Pool pool = TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(node)))) {
            NodeStatus status = pool.nodes().get(0);
            assertThat(status.name()).isEqualTo("n1");
            assertThat(status.url()).isEqualTo(node.url().toString());
            assertThat(status.state()).isEqualTo(NodeState.UP);
            assertThat(status.latencyMs()).isBetween(0L, 1000L);
            assertThat(status.slots()).isEqualTo(3);
            assertThat(status.busy()).isZero();
            assertThat(status.languages()).containsExactly("python", "java", "c");
            assertThat(status.lastError()).isNull();
        }
    }

    @Test
    void listenersHearAboutChanges() throws Exception {
        try (StubNode node = StubNode.start("n1", 1, Duration.ZERO);
             Pool pool = TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(node)))) {
            List<List<NodeStatus>> heard = new CopyOnWriteArrayList<>();
            pool.addListener(heard::add);
            await().atMost(Duration.ofSeconds(2)).until(() -> !heard.isEmpty());
            assertThat(heard.get(0).get(0).state()).isEqualTo(NodeState.UP);

            node.kill();
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    heard.get(heard.size() - 1).get(0).state() == NodeState.DOWN);
        }
    }

    @Test
    void anHttpNodeListIsFetchedAndReadAgainPeriodically() throws Exception {
        try (StubNode a = StubNode.start("a", 1, Duration.ZERO);
             StubNode b = StubNode.start("b", 1, Duration.ZERO);
             MockWebServer admin = new MockWebServer()) {
            AtomicReference<String> list = new AtomicReference<>(listOf(a));
            admin.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(200).body(list.get()).build();
                }
            });
            admin.start();
            String url = admin.url("/nodes.json").toString();
            PoolConfig config = TestPools.fastConfig().withNodeList(url).withNodeListRefresh(Duration.ofMillis(200));
            try (Pool pool = Pool.start(config, TestPools.isolatedLocator(dir), List.of(), new SplittableRandom(1))) {
                assertThat(pool.nodes()).extracting(NodeStatus::name).containsExactly("a");
                assertThat(pool.nodeListSource()).isEqualTo(url);

                list.set(listOf(a, b));
                await().atMost(Duration.ofSeconds(5)).until(() -> pool.nodes().size() == 2
                        && pool.nodes().get(1).state() == NodeState.UP);

                list.set("{\"nodes\": [}");
                await().atMost(Duration.ofSeconds(5)).until(() -> pool.nodeListProblem() != null);
                assertThat(pool.nodeListProblem()).startsWith(url + ": not valid JSON");
                assertThat(pool.nodes()).as("the last good list is kept").hasSize(2);

                list.set(listOf(b));
                await().atMost(Duration.ofSeconds(5)).until(() -> pool.nodes().size() == 1);
                assertThat(pool.run(HELLO).nodeId()).isEqualTo("b");
            }
        }
    }

    @Test
    void aFileNodeListIsReadAgainToo() throws Exception {
        try (StubNode a = StubNode.start("a", 1, Duration.ZERO);
             StubNode b = StubNode.start("b", 1, Duration.ZERO)) {
            Path file = TestPools.writeList(dir, null, List.of(TestPools.Listed.of(a)));
            PoolConfig config = TestPools.fastConfig().withNodeList(file.toString())
                    .withNodeListRefresh(Duration.ofMillis(200));
            try (Pool pool = Pool.start(config, TestPools.isolatedLocator(dir), List.of(), new SplittableRandom(1))) {
                Files.writeString(file, listOf(a, b));
                await().atMost(Duration.ofSeconds(5)).until(() -> pool.nodes().size() == 2);
            }
        }
    }

    @Test
    void aMissingOrBrokenListNamedExplicitlyStopsTheStart() throws Exception {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> Pool.start(TestPools.fastConfig().withNodeList(missing.toString()),
                TestPools.isolatedLocator(dir), List.of(), new SplittableRandom(1)))
                .isInstanceOf(NodeListException.class).hasMessage(missing + ": no such file");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"nodes\":[{\"name\":\"x\",\"url\":\"ftp://x\"}]}");
        assertThatThrownBy(() -> Pool.start(TestPools.fastConfig().withNodeList(broken.toString()),
                TestPools.isolatedLocator(dir), List.of(), new SplittableRandom(1)))
                .isInstanceOf(NodeListException.class)
                .hasMessage(broken + ": nodes[0].url: not an http(s) URL: 'ftp://x'");
    }

    @Test
    void withoutANodeListTheEmbeddedNodeIsStartedAndStoppedWithThePool() throws Exception {
        try (StubNode local = StubNode.start("local", 2, Duration.ZERO)) {
            AtomicBoolean stopped = new AtomicBoolean();
            LocalNodeStarter starter = () -> Optional.of(new LocalNodeStarter.LocalNode() {
                @Override
                public URI url() {
                    return local.url();
                }

                @Override
                public void close() {
                    stopped.set(true);
                }
            });
            PoolConfig config = TestPools.fastConfig().withEmbeddedNode(true);
            try (Pool pool = Pool.start(config, TestPools.isolatedLocator(dir), List.of(starter),
                    new SplittableRandom(1))) {
                assertThat(pool.nodes()).extracting(NodeStatus::name).containsExactly("local");
                assertThat(pool.run(HELLO).nodeId()).isEqualTo("local");
            }
            assertThat(stopped).isTrue();
        }
    }

    @Test
    void withoutANodeListOrALocalNodeTheStudentIsToldWhatIsMissing() throws Exception {
        LocalNodeStarter noDocker = Optional::empty;
        try (Pool pool = Pool.start(TestPools.fastConfig().withEmbeddedNode(true), TestPools.isolatedLocator(dir),
                List.of(noDocker), new SplittableRandom(1))) {
            assertThat(pool.nodes()).isEmpty();
            assertThatThrownBy(() -> pool.run(HELLO)).isInstanceOf(PoolException.class)
                    .hasMessageStartingWith("No LabJudge node is configured:"
                            + " no node list found (looked in $LABJUDGE_NODES")
                    .hasMessageEndingWith("and no local node could be started");
        }
    }

    private static String listOf(StubNode... nodes) {
        StringBuilder json = new StringBuilder("{\"nodes\":[");
        for (int i = 0; i < nodes.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(nodes[i].nodeId()).append("\",\"url\":\"")
                    .append(nodes[i].url()).append("\"}");
        }
        return json.append("]}").toString();
    }
}
