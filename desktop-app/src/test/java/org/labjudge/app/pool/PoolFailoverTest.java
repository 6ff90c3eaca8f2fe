package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.Verdict;

/** A run goes to another node when one refuses, is unreachable or dies, within attempts and deadline. */
class PoolFailoverTest {

    private static final RunRequest HELLO = RunRequest.of("python", "print('hello')");

    @TempDir
    Path dir;

    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T closing(T resource) {
        closing.add(0, resource);
        return resource;
    }

    @Test
    void a503Or429GoesToAnotherNode() throws Exception {
        for (int status : new int[] {503, 429}) {
            StubNode refusing = closing(StubNode.start("refusing-" + status, 4, Duration.ZERO));
            StubNode working = closing(StubNode.start("working-" + status, 1, Duration.ZERO));
            refusing.forceStatus(status);
            // The refusing node looks idle and bigger, so it is tried first whenever the draw picks it.
            Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(),
                    List.of(TestPools.Listed.of(refusing, 100), TestPools.Listed.of(working))));

            for (int i = 0; i < 5; i++) {
                assertThat(pool.run(HELLO).nodeId()).isEqualTo(working.nodeId());
            }
            assertThat(refusing.received()).as("status %d was tried, then left alone until Retry-After", status)
                    .isEqualTo(1);
        }
    }

    @Test
    void aRefusedConnectionGoesToAnotherNode() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StubNode working = closing(StubNode.start("working", 1, Duration.ZERO));
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(), List.of(
                new TestPools.Listed("gone", "http://127.0.0.1:" + closedPort, 1, null),
                TestPools.Listed.of(working))));

        assertThat(pool.run(HELLO).nodeId()).isEqualTo("working");
        assertThat(pool.nodes()).extracting(NodeStatus::name, NodeStatus::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gone", NodeState.DOWN),
                        org.assertj.core.groups.Tuple.tuple("working", NodeState.UP));
        assertThat(pool.nodes().get(0).lastError()).isEqualTo("connection refused");
    }

    @Test
    void aNodeDyingMidRunLosesNothingAndTheRunIsServedOnce() throws Exception {
        StubNode dying = closing(StubNode.start("dying", 8, Duration.ofSeconds(3)));
        StubNode working = closing(StubNode.start("working", 1, Duration.ofMillis(50)));
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(),
                List.of(TestPools.Listed.of(dying, 1000), TestPools.Listed.of(working))));

        CompletableFuture<RunResult> future = pool.submit(HELLO);
        await().atMost(Duration.ofSeconds(5)).until(() -> dying.received() == 1);
        dying.kill();

        RunResult result = future.get(10, TimeUnit.SECONDS);
        assertThat(result.nodeId()).isEqualTo("working");
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        await().atMost(Duration.ofSeconds(5)).until(() -> pool.runsDispatching() == 0);
        // Placing has stopped, so nothing more can be sent: one request to each node, one answer used.
        assertThat(dying.received()).isEqualTo(1);
        assertThat(working.received()).isEqualTo(1);
        assertThat(working.served()).isEqualTo(1);
    }

    @Test
    void aConnectionCutBeforeTheAnswerIsRetriedElsewhere() throws Exception {
        try (MockWebServer cut = new MockWebServer()) {
            cut.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    if (request.getTarget().endsWith("/info")) {
                        return json(MockNodes.info("cut", 8, 0));
                    }
                    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                            .build();
                }
            });
            cut.start();
            StubNode working = closing(StubNode.start("working", 1, Duration.ZERO));
            Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(), List.of(
                    new TestPools.Listed("cut", cut.url("/").toString(), 1000, null), TestPools.Listed.of(working))));

            assertThat(pool.run(HELLO).nodeId()).isEqualTo("working");
            assertThat(cut.getRequestCount()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void attemptsAreBounded() throws Exception {
        StubNode[] nodes = TestPools.stubs(3, 2, Duration.ZERO);
        List<TestPools.Listed> listed = new ArrayList<>();
        for (StubNode node : nodes) {
            closing(node).forceStatus(503);
            listed.add(TestPools.Listed.of(node));
        }
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig().withMaxAttempts(2), listed));

        assertThatThrownBy(() -> pool.run(HELLO))
                .isInstanceOf(PoolException.class)
                .hasMessageStartingWith("No LabJudge node could take the run after 2 attempts");
        int requests = 0;
        for (StubNode node : nodes) {
            requests += node.received();
        }
        assertThat(requests).isEqualTo(2);
    }

    @Test
    void aBusyOnlyNodeIsAskedAgainAfterItsRetryAfter() throws Exception {
        StubNode node = closing(StubNode.start("only", 1, Duration.ZERO));
        node.forceStatus(429);
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(node))));

        CompletableFuture<RunResult> future = pool.submit(HELLO);
        await().atMost(Duration.ofSeconds(5)).until(() -> node.received() == 1);
        node.forceStatus(0);

        RunResult result = future.get(5, TimeUnit.SECONDS);
        assertThat(result.nodeId()).isEqualTo("only");
        assertThat(node.received()).isEqualTo(2);
    }

    @Test
    void theOverallDeadlineEndsARunThatTakesTooLong() throws Exception {
        StubNode slow = closing(StubNode.start("slow", 1, Duration.ofSeconds(5)));
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig().withRequestDeadline(Duration.ofMillis(500)),
                List.of(TestPools.Listed.of(slow))));

        long start = System.nanoTime();
        assertThatThrownBy(() -> pool.run(HELLO))
                .isInstanceOf(PoolException.class)
                .hasMessage("The run took longer than 500 ms and was given up");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aRequestTheNodeRefusesIsNotRetried() throws Exception {
        StubNode a = closing(StubNode.start("a", 1, Duration.ZERO));
        StubNode b = closing(StubNode.start("b", 1, Duration.ZERO));
        a.forceStatus(400);
        b.forceStatus(400);
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(),
                List.of(TestPools.Listed.of(a), TestPools.Listed.of(b))));

        assertThatThrownBy(() -> pool.run(HELLO)).isInstanceOf(PoolException.class)
                .hasMessage("The node refused the run: forced 400");
        assertThat(a.received() + b.received()).isEqualTo(1);
    }

    @Test
    void anInternalErrorResultIsRetriedOnAnotherNode() throws Exception {
        StubNode broken = closing(StubNode.start("broken", 8, Duration.ZERO));
        broken.judge(request -> Verdict.INTERNAL_ERROR);
        StubNode working = closing(StubNode.start("working", 1, Duration.ZERO));
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(),
                List.of(TestPools.Listed.of(broken, 1000), TestPools.Listed.of(working))));

        RunResult result = pool.run(HELLO);
        assertThat(result.nodeId()).isEqualTo("working");
    }

    @Test
    void whenNoNodeIsReachableTheStudentIsToldPlainly() throws Exception {
        StubNode a = StubNode.start("a", 1, Duration.ZERO);
        StubNode b = StubNode.start("b", 1, Duration.ZERO);
        a.kill();
        b.kill();
        Path list = TestPools.writeList(dir, null, List.of(TestPools.Listed.of(a), TestPools.Listed.of(b)));
        Pool pool = closing(Pool.start(TestPools.fastConfig().withNodeList(list.toString()),
                TestPools.isolatedLocator(dir), List.of(), new java.util.SplittableRandom(1)));

        assertThatThrownBy(() -> pool.run(HELLO)).isInstanceOf(PoolException.class)
                .hasMessage("No LabJudge node is reachable (2 listed in " + list + ")");
    }

    @Test
    void aLanguageNoNodeOffersIsNamed() throws Exception {
        StubNode a = closing(StubNode.start("a", 1, Duration.ZERO));
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(a))));

        assertThatThrownBy(() -> pool.run(RunRequest.of("cobol", "DISPLAY 'x'."))).isInstanceOf(PoolException.class)
                .hasMessage("No LabJudge node runs cobol (the nodes offer: c, java, python)");
    }

    @Test
    void cancellingAbandonsTheRun() throws Exception {
        StubNode slow = closing(StubNode.start("slow", 1, Duration.ofSeconds(5)));
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(slow))));

        CompletableFuture<RunResult> future = pool.submit(HELLO);
        await().atMost(Duration.ofSeconds(5)).until(() -> slow.received() == 1);
        future.cancel(true);

        assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
        // Once the cancelled run's dispatch has stopped, no retry can still be on its way.
        await().atMost(Duration.ofSeconds(5)).until(() -> pool.runsDispatching() == 0);
        assertThat(slow.received()).as("not retried after cancelling").isEqualTo(1);
    }

    @Test
    void aNodesOwnTokenOverridesTheSharedOne() throws Exception {
        StubNode own = closing(StubNode.start("own", 1, Duration.ZERO));
        StubNode shared = closing(StubNode.start("shared", 1, Duration.ZERO));
        own.requireToken("own-secret");
        shared.requireToken("lab-secret");
        Pool pool = closing(TestPools.start(dir, TestPools.fastConfig(), "lab-secret", List.of(
                new TestPools.Listed("own", own.url().toString(), 1, "own-secret"),
                TestPools.Listed.of(shared)), new java.util.SplittableRandom(3)));

        for (int i = 0; i < 20; i++) {
            assertThat(pool.run(HELLO).verdict()).isEqualTo(Verdict.OK);
        }
        assertThat(own.authorizations()).isNotEmpty().containsOnly("Bearer own-secret");
        assertThat(shared.authorizations()).isNotEmpty().containsOnly("Bearer lab-secret");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
