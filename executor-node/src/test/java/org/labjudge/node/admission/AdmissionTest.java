package org.labjudge.node.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.labjudge.node.admission.Admission.Timing.COUNTED;
import static org.labjudge.node.admission.Admission.Timing.NOT_COUNTED;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The waiting room's rules, with work that waits on latches (no clock): a freed slot goes to the waiting client
 * served longest ago, a burst waits whatever its expected wait, past it a run is refused with a Retry-After, and closing
 * refuses the waiting runs.
 */
class AdmissionTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aLoneRunOfAnotherClientGoesBeforeTheFloodThatWaitedFirst() throws Exception {
        Admission admission = new Admission(new AdmissionPolicy(Duration.ofHours(1), 64, Duration.ofSeconds(1)), () -> 1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> served = Collections.synchronizedList(new ArrayList<>());
        Future<?> first = threads.submit(() -> admission.admit("A", COUNTED, () -> blockUntil(release, served, "A")));
        await().until(() -> admission.running() == 1);
        List<Future<?>> flood = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            flood.add(threads.submit(() -> admission.admit("A", COUNTED, () -> served.add("A"))));
        }
        await().until(() -> admission.waiting("A") == 200);
        Future<?> lone = threads.submit(() -> admission.admit("B", COUNTED, () -> served.add("B")));
        await().until(() -> admission.waiting("B") == 1);

        release.countDown();
        lone.get();
        first.get();
        for (Future<?> run : flood) {
            run.get();
        }

        // The first A was running; B's run is the next one served, before any of the 200 that waited longer.
        assertThat(served).hasSize(202);
        assertThat(served.subList(0, 2)).containsExactly("A", "B");
        assertThat(served.subList(2, 202)).containsOnly("A");
    }

    @Test
    void aFreedSlotGoesToTheWaitingClientServedLongestAgo() throws Exception {
        Admission admission = new Admission(new AdmissionPolicy(Duration.ofHours(1), 64, Duration.ofSeconds(1)), () -> 1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> served = Collections.synchronizedList(new ArrayList<>());
        Future<?> first = threads.submit(() -> admission.admit("A", COUNTED, () -> blockUntil(release, served, "A")));
        await().until(() -> admission.running() == 1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(threads.submit(() -> admission.admit("A", COUNTED, () -> served.add("A"))));
        }
        await().until(() -> admission.waiting("A") == 4);
        for (int i = 0; i < 2; i++) {
            runs.add(threads.submit(() -> admission.admit("B", COUNTED, () -> served.add("B"))));
        }
        await().until(() -> admission.waiting("B") == 2);

        release.countDown();
        first.get();
        for (Future<?> run : runs) {
            run.get();
        }

        // A had the slot: B goes next, then they alternate while both wait, then A's rest.
        assertThat(served).containsExactly("A", "B", "A", "B", "A", "A", "A");
    }

    @Test
    void pastTheBurstARunThatWouldWaitTooLongIsRefusedWithARetryAfter() throws Exception {
        // 1 slot, runs taken to last 4 s until measured: the 3rd waiting run would wait 12 s, over 10 s.
        Admission admission = new Admission(new AdmissionPolicy(Duration.ofSeconds(10), 2, Duration.ofSeconds(4)), () -> 1);
        RunRejectedException e = refusedBehindTwoWaiting(admission);
        assertThat(e.reason()).isEqualTo(RunRejectedException.Reason.EXPECTED_WAIT);
        assertThat(e.retryAfterSeconds()).isEqualTo(2);
        assertThat(e.getMessage()).contains("2 runs wait already", "about 12 s", "10 s");
    }

    @Test
    void anUntimedSessionLeavesTheObservedRunTimeAsItWas() throws Exception {
        // A console session not counted that ends at once: runs are still taken to last 4 s, so the 3rd waiting
        // run would still wait 12 s and is refused (counted, the session's 0 s would have lowered the estimate).
        Admission admission = new Admission(new AdmissionPolicy(Duration.ofSeconds(10), 2, Duration.ofSeconds(4)), () -> 1);
        assertThat(admission.admit("S", NOT_COUNTED, () -> "session over")).isEqualTo("session over");
        assertThat(admission.running()).isZero();
        assertThat(refusedBehindTwoWaiting(admission).getMessage()).contains("about 12 s");
    }

    /** One run of client A holding the only slot and two more of A waiting: B's run is refused; then all finish. */
    private RunRejectedException refusedBehindTwoWaiting(Admission admission) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> admitted = new ArrayList<>();
        admitted.add(threads.submit(() -> admission.admit("A", COUNTED,
                () -> blockUntil(release, new ArrayList<>(), "A"))));
        await().until(() -> admission.running() == 1);
        for (int i = 0; i < 2; i++) {
            admitted.add(threads.submit(() -> admission.admit("A", COUNTED, () -> "waited")));
        }
        await().until(() -> admission.waiting() == 2);
        Throwable refused = catchThrowable(() -> admission.admit("B", COUNTED, () -> "never"));
        release.countDown();
        for (Future<?> run : admitted) {
            run.get();
        }
        assertThat(refused).isInstanceOf(RunRejectedException.class);
        return (RunRejectedException) refused;
    }

    @Test
    void withinTheBurstRunsWaitWhateverTheirExpectedWait() throws Exception {
        Admission admission = new Admission(new AdmissionPolicy(Duration.ZERO, 3, Duration.ofSeconds(60)), () -> 1);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> admitted = new ArrayList<>();
        admitted.add(threads.submit(() -> admission.admit("A", COUNTED,
                () -> blockUntil(release, new ArrayList<>(), "A"))));
        await().until(() -> admission.running() == 1);
        for (int i = 0; i < 3; i++) {
            admitted.add(threads.submit(() -> admission.admit("A", COUNTED, () -> "waited")));
        }
        await().until(() -> admission.waiting() == 3);

        assertThatThrownBy(() -> admission.admit("A", COUNTED, () -> "never")).isInstanceOf(RunRejectedException.class);
        release.countDown();
        for (Future<?> run : admitted) {
            assertThat(run.get()).isNotNull();
        }
    }

    @Test
    void closingRefusesTheWaitingRunsAndLetsTheRunningOneFinish() throws Exception {
        Admission admission = new Admission(AdmissionPolicy.DEFAULT, () -> 1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> running = threads.submit(() -> admission.admit("A", COUNTED,
                () -> blockUntil(release, new ArrayList<>(), "A")));
        await().until(() -> admission.running() == 1);
        Future<?> waiting = threads.submit(() -> admission.admit("B", COUNTED, () -> "never"));
        await().until(() -> admission.waiting() == 1);

        admission.close();

        assertThatThrownBy(waiting::get).hasCauseInstanceOf(RunRejectedException.class);
        release.countDown();
        assertThat(running.get()).isEqualTo(true);
        assertThat(admission.waiting()).isZero();
    }

    private static boolean blockUntil(CountDownLatch latch, List<String> served, String client) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return served.add(client);
    }
}
