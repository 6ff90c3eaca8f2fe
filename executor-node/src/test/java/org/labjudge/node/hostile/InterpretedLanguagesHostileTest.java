package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The fork bomb and the 4 GiB allocation of {@link ForkBombTest} and {@link MemoryHogTest}, written in every
 * language of the node's table run by an interpreter or a virtual machine (the JVM, Mono, Erlang's BEAM, Node.js for
 * TypeScript, SWI-Prolog's saved state) that those two classes leave out ({@link InterpretedHostilePrograms}): the
 * process cap holds a bomb that never ends until its time runs out, and allocating far past the 128 MB limit is
 * MEMORY_LIMIT_EXCEEDED. Each bomb retries every refused fork, so it runs until its time is up:
 * TIME_LIMIT_EXCEEDED.
 */
@Tag("docker")
class InterpretedLanguagesHostileTest {
    /**
     * {@link HostileNode#SMALL} with 6 s of wall clock: a program at its memory limit on a loaded machine waits for
     * the CPU, and the memory case must end by memory. Under gVisor 256 MB: there a compiled language compiles with
     * the program's own limits (its containers' limits cannot change), and Kotlin's compiler needs more than 128 MB.
     */
    private static final Limits LIMITS = new Limits(1000, 6000, HostileNode.UNDER_GVISOR ? 256 : 128, 64, 32);
    /**
     * {@link #LIMITS} with 512 MB, for the bombs: 64 forked SBCL images share their heap copy on write, and the
     * parent's collections copy it again for each child, which reached 128 MB before the process cap mattered.
     */
    private static final Limits BOMB_LIMITS = new Limits(1000, 6000, 512, 64, 32);
    /** Killing and reaping a bomb's processes after the limit, on a loaded machine (up to 1.5 s seen at load 20). */
    private static final long REAP_MS = 2000;
    private static HostileNode node;

    @BeforeAll
    static void start() {
        node = new HostileNode(languages());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static List<String> languages() {
        return InterpretedHostilePrograms.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void aForkBombIsHeldByTheProcessCapUntilItsTimeRunsOut(String language) {
        TestResult test = node.runOnce(language, InterpretedHostilePrograms.BOMBS.get(language), BOMB_LIMITS, "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(test.wallTimeMs()).isLessThanOrEqualTo(BOMB_LIMITS.wallTimeMs() + REAP_MS);
        node.assertSurvived();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void allocatingFourGibibytesExceedsTheMemoryLimit(String language) {
        TestResult test = node.runOnce(language, InterpretedHostilePrograms.HOGS.get(language), LIMITS, "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(test.message()).contains(LIMITS.memoryMb() + " MB");
        assertThat(test.wallTimeMs()).isLessThanOrEqualTo(LIMITS.wallTimeMs() + REAP_MS);
        node.assertSurvived();
    }
}
