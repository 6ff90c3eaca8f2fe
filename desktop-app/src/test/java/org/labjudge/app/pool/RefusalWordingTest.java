package org.labjudge.app.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.ProblemDetail;
import org.labjudge.protocol.RunRequest;

/**
 * When no node takes a run, the pool's message says what each node's refusal meant: a 503 is "busy" when its
 * problem's reason is the admission's (the wait would be too long), "unavailable" when the node cannot run now
 * (engine down, stopping), and "busy or unavailable" from a node that gives no reason; a 429 is "full".
 */
class RefusalWordingTest {
    private static final RunRequest HELLO = RunRequest.of("python", "print('hello')");

    @TempDir
    Path dir;

    @Test
    void eachRefusalIsWordedByItsReason() throws Exception {
        assertThat(refusedWith(503, ProblemDetail.REASON_EXPECTED_WAIT)).contains("n: busy: forced 503")
                .doesNotContain("unavailable");
        assertThat(refusedWith(503, ProblemDetail.REASON_ENGINE_UNAVAILABLE))
                .contains("n: unavailable (its engine does not answer): forced 503");
        assertThat(refusedWith(503, ProblemDetail.REASON_SHUTTING_DOWN)).contains("n: unavailable (stopping)");
        assertThat(refusedWith(503, null)).contains("n: busy or unavailable: forced 503");
        assertThat(refusedWith(429, null)).contains("n: full: forced 429");
    }

    /** The message of the pool's failure when its one node answers every run {@code status} with {@code reason}. */
    private String refusedWith(int status, String reason) throws Exception {
        try (StubNode node = StubNode.start("n", 1, Duration.ZERO)) {
            node.forceStatus(status, reason);
            try (Pool pool = TestPools.start(dir, TestPools.fastConfig().withMaxAttempts(1),
                    List.of(TestPools.Listed.of(node)))) {
                return catchThrowableOfType(PoolException.class, () -> pool.run(HELLO)).getMessage();
            }
        }
    }
}
