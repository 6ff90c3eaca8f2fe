package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/** Balancing over real HTTP to stub nodes: where runs actually land. */
class PoolBalancingTest {

    private static final RunRequest HELLO = RunRequest.of("python", "print('hello')");

    @TempDir
    Path dir;

    @Test
    void aNodeReportingNoFreeSlotsGetsNoWork() throws Exception {
        try (StubNode full = StubNode.start("full", 8, Duration.ofMillis(20));
             StubNode a = StubNode.start("a", 4, Duration.ofMillis(20));
             StubNode b = StubNode.start("b", 4, Duration.ofMillis(20))) {
            full.reportFull(true); // as if other clients kept all its slots busy
            try (Pool pool = TestPools.start(dir, TestPools.fastConfig(), List.of(TestPools.Listed.of(full, 10),
                    TestPools.Listed.of(a), TestPools.Listed.of(b)))) {
                // 4 at a time: fewer than the 8 free slots elsewhere, so there is always room.
                for (int round = 0; round < 15; round++) {
                    List<CompletableFuture<RunResult>> batch = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        batch.add(pool.submit(HELLO));
                    }
                    batch.forEach(CompletableFuture::join);
                }
            }
            assertThat(full.received()).isZero();
            assertThat(a.served() + b.served()).isEqualTo(60);
        }
    }

    @Test
    void runsSplitByWeightWhenCapacityIsNotTheLimit() throws Exception {
        try (StubNode light = StubNode.start("light", 16, Duration.ZERO);
             StubNode heavy = StubNode.start("heavy", 16, Duration.ZERO)) {
            try (Pool pool = TestPools.start(dir, TestPools.fastConfig(),
                    List.of(TestPools.Listed.of(light, 1), TestPools.Listed.of(heavy, 3)))) {
                for (int i = 0; i < 200; i++) {
                    pool.run(HELLO);
                }
            }
            // Stated tolerance: the heavy node's share is 3/4 within 8 points (about 2.6 standard deviations
            // of 200 draws). BalancerTest checks the same rule over 20,000 draws within 1.5 points.
            assertThat(heavy.served() / 200.0).isCloseTo(0.75, within(0.08));
            assertThat(light.served() + heavy.served()).isEqualTo(200);
        }
    }

    @Test
    void concurrentRunsFollowFreeCapacity() throws Exception {
        try (StubNode small = StubNode.start("small", 1, Duration.ofMillis(150));
             StubNode big = StubNode.start("big", 4, Duration.ofMillis(150))) {
            try (Pool pool = TestPools.start(dir, TestPools.fastConfig(),
                    List.of(TestPools.Listed.of(small), TestPools.Listed.of(big)))) {
                List<CompletableFuture<RunResult>> batch = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    batch.add(pool.submit(HELLO));
                }
                batch.forEach(CompletableFuture::join);
            }
            // Five runs at once on 1 + 4 slots: counting its own runs in flight, the client fills both exactly.
            assertThat(small.served()).isEqualTo(1);
            assertThat(big.served()).isEqualTo(4);
            assertThat(big.maxBusy()).isEqualTo(4);
        }
    }
}
