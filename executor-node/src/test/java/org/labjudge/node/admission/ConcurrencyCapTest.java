package org.labjudge.node.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.labjudge.node.admission.Admission.Timing.COUNTED;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client's concurrency cap, with work that waits on latches (no clock): its runs over the cap wait in its queue
 * while slots it may not use go to others, they are admitted while their expected wait (its queue over its cap)
 * holds, and a cap must be a number of runs.
 */
class ConcurrencyCapTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void runsOverTheCapWaitWhileTheFreeSlotsGoToOtherClients() throws Exception {
        Admission admission = new Admission(policy(Duration.ofHours(1), 64, Map.of("A", 1)), () -> 3);
        CountDownLatch releaseA = new CountDownLatch(1);
        CountDownLatch releaseB = new CountDownLatch(1);
        Future<?> firstA = threads.submit(() -> admission.admit("A", COUNTED, () -> block(releaseA)));
        await().until(() -> admission.running("A") == 1);
        Future<?> secondA = threads.submit(() -> admission.admit("A", COUNTED, () -> block(releaseA)));
        await().until(() -> admission.waiting("A") == 1);

        // Two slots are free, but A is at its cap: its second run waits; B's runs take the two slots.
        assertThat(admission.running()).isEqualTo(1);
        List<Future<?>> runsOfB = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runsOfB.add(threads.submit(() -> admission.admit("B", COUNTED, () -> block(releaseB))));
        }
        await().until(() -> admission.running("B") == 2);
        assertThat(admission.running("A")).isEqualTo(1);
        assertThat(admission.waiting("A")).isEqualTo(1);
        assertThat(admission.waiting("B")).isZero();

        releaseA.countDown();
        firstA.get();
        secondA.get();
        assertThat(admission.running("A")).isZero();
        releaseB.countDown();
        for (Future<?> run : runsOfB) {
            run.get();
        }
        assertThat(admission.running()).isZero();
    }

    @Test
    void aCappedClientsRunsAreAdmittedWhileTheirWaitOverItsCapHolds() throws Exception {
        // No burst, 10 s bound, runs taken to last 1 s: capped at 1 of 4 slots, A's n-th waiting run waits n s.
        Admission admission = new Admission(policy(Duration.ofSeconds(10), 0, Map.of("A", 1)), () -> 4);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> admitted = new ArrayList<>();
        admitted.add(threads.submit(() -> admission.admit("A", COUNTED, () -> block(release))));
        await().until(() -> admission.running("A") == 1);
        for (int i = 1; i <= 10; i++) {
            admitted.add(threads.submit(() -> admission.admit("A", COUNTED, () -> true)));
            int waiting = i;
            await().until(() -> admission.waiting("A") == waiting);
        }

        assertThatThrownBy(() -> admission.admit("A", COUNTED, () -> false))
                .isInstanceOfSatisfying(RunRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RunRejectedException.Reason.EXPECTED_WAIT);
                    assertThat(e.getMessage()).contains("about 11 s");
                });
        // Another client's run starts at once on a slot A may not use.
        assertThat(admission.admit("B", COUNTED, () -> "started")).isEqualTo("started");
        release.countDown();
        for (Future<?> run : admitted) {
            assertThat(run.get()).isEqualTo(true);
        }
    }

    @Test
    void aCapIsOneRunOrMore() {
        assertThatThrownBy(() -> new ConcurrencyCaps(Map.of("token-2", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token-2=0");
        assertThat(new ConcurrencyCaps(Map.of("token-2", 3)).capOf("token-2")).isEqualTo(3);
        assertThat(ConcurrencyCaps.NONE.capOf("token-1")).isEqualTo(Integer.MAX_VALUE);
    }

    private static AdmissionPolicy policy(Duration maxWait, int burst, Map<String, Integer> caps) {
        return new AdmissionPolicy(maxWait, burst, Duration.ofSeconds(1), new ConcurrencyCaps(caps));
    }

    private static boolean block(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
