package org.labjudge.node.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.node.sandbox.SandboxSpec;

/** The watcher alone, over an engine whose answers the test sets (a stub: what is isolated here is the watcher). */
class EngineHealthTest {

    /** An engine that answers or not, as the test says. */
    private static final class SwitchableEngine implements SandboxProvider {
        final AtomicBoolean answers = new AtomicBoolean();
        final AtomicBoolean throwing = new AtomicBoolean();

        @Override
        public Sandbox open(SandboxSpec spec) {
            throw new UnsupportedOperationException("not used by the watcher");
        }

        @Override
        public boolean available() {
            if (throwing.get()) {
                throw new IllegalStateException("broken client");
            }
            return answers.get();
        }
    }

    @Test
    void anEngineThatAnswersAtStartIsPreparedBeforeTheConstructorReturns() {
        SwitchableEngine engine = new SwitchableEngine();
        engine.answers.set(true);
        AtomicInteger prepared = new AtomicInteger();
        try (EngineHealth health = new EngineHealth(engine, 50, prepared::incrementAndGet)) {
            assertThat(health.current().isUp()).isTrue();
            assertThat(prepared).hasValue(1);
        }
    }

    @Test
    void anEngineDownAtStartIsReportedWithoutPreparingIt() {
        SwitchableEngine engine = new SwitchableEngine();
        AtomicInteger prepared = new AtomicInteger();
        try (EngineHealth health = new EngineHealth(engine, 50, prepared::incrementAndGet)) {
            assertThat(health.current().isUp()).isFalse();
            assertThat(health.current().detail()).contains("does not answer");
            assertThat(prepared).hasValue(0);
        }
    }

    @Test
    void upIsPublishedOnlyAfterTheEngineIsPrepared() throws Exception {
        SwitchableEngine engine = new SwitchableEngine();
        CountDownLatch preparing = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        List<Boolean> seenWhilePreparing = new CopyOnWriteArrayList<>();
        EngineHealth[] holder = new EngineHealth[1];
        Runnable prepare = () -> {
            preparing.countDown();
            seenWhilePreparing.add(holder[0].current().isUp());
            try {
                mayFinish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try (EngineHealth health = new EngineHealth(engine, 20, prepare)) {
            holder[0] = health;
            engine.answers.set(true);
            assertThat(preparing.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100); // several check intervals while the preparation runs
            assertThat(health.current().isUp()).as("UP while still preparing").isFalse();
            mayFinish.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> health.current().isUp());
            assertThat(seenWhilePreparing).containsOnly(false);
        }
    }

    @Test
    void aFailedPreparationKeepsTheNodeDownAndIsRetried() {
        SwitchableEngine engine = new SwitchableEngine();
        engine.answers.set(true);
        AtomicInteger attempts = new AtomicInteger();
        Runnable prepare = () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("probe failed");
            }
        };
        try (EngineHealth health = new EngineHealth(engine, 20, prepare)) {
            assertThat(health.current().isUp()).isFalse();
            assertThat(health.current().detail()).contains("could not prepare it").contains("probe failed");
            await().atMost(Duration.ofSeconds(5)).until(() -> health.current().isUp());
            assertThat(attempts).hasValue(3);
        }
    }

    @Test
    void anEngineThatStopsIsDownAtTheNextCheckAndPreparedAgainWhenBack() {
        SwitchableEngine engine = new SwitchableEngine();
        engine.answers.set(true);
        AtomicInteger prepared = new AtomicInteger();
        try (EngineHealth health = new EngineHealth(engine, 20, prepared::incrementAndGet)) {
            engine.answers.set(false);
            await().atMost(Duration.ofSeconds(5)).until(() -> !health.current().isUp());
            engine.answers.set(true);
            await().atMost(Duration.ofSeconds(5)).until(() -> health.current().isUp());
            assertThat(prepared).hasValue(2);
        }
    }

    @Test
    void theWatcherOutlivesACheckThatThrows() {
        SwitchableEngine engine = new SwitchableEngine();
        engine.answers.set(true);
        try (EngineHealth health = new EngineHealth(engine, 20, () -> { })) {
            engine.throwing.set(true);
            await().atMost(Duration.ofSeconds(5)).until(() -> !health.current().isUp());
            engine.throwing.set(false);
            await().atMost(Duration.ofSeconds(5)).until(() -> health.current().isUp());
        }
    }
}
