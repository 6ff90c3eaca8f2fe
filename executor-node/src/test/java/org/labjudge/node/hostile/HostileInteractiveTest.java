package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * Interactive programs and interactors that hang, flood or stop reading: each test ends in an honest verdict
 * within the wall clocks, the node stays healthy, and no process, container or pipe link is left behind.
 */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class HostileInteractiveTest {
    /** Bounded: the program's wall clock, the interactor's own on top, and the node's start-up and grace. */
    private static final long MOST_MS = HostileNode.SMALL.wallTimeMs() + InteractiveVerdictsTest.VALIDATION.wallTimeMs()
            + 10_000;

    /** The example's interactor with its secret fixed (n = 10, x = 7), whatever the test's input. */
    private static String guessInteractor() throws IOException {
        return Files.readString(InteractiveVerdictsTest.GUESS.resolve("output_validator/interactor.py"))
                .replace("n, secret = map(int, f.read().split())", "n, secret = 10, 7");
    }

    @Test
    void anInteractorThatHangsIsAJudgeErrorWithinTheWallClocks(HostileNode node) {
        if (InteractiveVerdictsTest.refusedUnderGvisor(node)) {
            return;
        }
        long start = System.nanoTime();
        TestResult test = InteractiveVerdictsTest.judgeOnce(node, "input()\ninput()\n",
                "import time\nprint('go', flush=True)\ntime.sleep(3600)\n");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(test.judgeMessage()).contains("did not finish within its limits");
        assertThat(tookMs).isLessThan(MOST_MS);
        node.assertSurvived();
    }

    @Test
    void aProgramThatFloodsTheInteractorIsRejectedWhenTheInteractorHasSeenEnough(HostileNode node)
            throws IOException {
        if (InteractiveVerdictsTest.refusedUnderGvisor(node)) {
            return;
        }
        TestResult test = InteractiveVerdictsTest.judgeOnce(node,
                "import sys\ninput()\nwhile True:\n    sys.stdout.write('? 1\\n' * 1000)\n", guessInteractor());

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(test.feedback()).isEqualTo("too many questions\n");
        node.assertSurvived();
    }

    @Test
    void aFloodThatTheInteractorSwallowsEndsAtTheProgramsCpuLimit(HostileNode node) {
        if (InteractiveVerdictsTest.refusedUnderGvisor(node)) {
            return;
        }
        TestResult test = InteractiveVerdictsTest.judgeOnce(node,
                "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n",
                "import sys\nwhile sys.stdin.buffer.read(65536):\n    pass\nsys.exit(42)\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        node.assertSurvived();
    }

    @Test
    void aProgramThatNeverReadsIsTimeLimitExceededThoughTheInteractorIsBlockedWritingToIt(HostileNode node) {
        if (InteractiveVerdictsTest.refusedUnderGvisor(node)) {
            return;
        }
        long start = System.nanoTime();
        TestResult test = InteractiveVerdictsTest.judgeOnce(node, "import time\ntime.sleep(60)\n", """
                import os, sys
                try:
                    sys.stdout.write("x" * 10000000)
                    sys.stdout.flush()
                except BrokenPipeError:
                    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
                    sys.exit(43)
                sys.exit(42)
                """);
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(tookMs).isLessThan(MOST_MS);
        node.assertSurvived();
    }

    @Test
    void aProgramThatNeverFlushesIsTimeLimitExceeded(HostileNode node) throws IOException {
        if (InteractiveVerdictsTest.refusedUnderGvisor(node)) {
            return;
        }
        TestResult test = InteractiveVerdictsTest.judgeOnce(node,
                // readline, not input(): input() flushes stdout first.
                "import sys\nn = int(sys.stdin.readline())\nsys.stdout.write('? 1\\n')\nprint(sys.stdin.readline())\n",
                guessInteractor());

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(test.message()).contains("wall clock");
    }

    @Test
    void aProgramThatFillsTheLinkIsStoppedByItsSizeAndHurtsOnlyItself(HostileNode node) {
        if (InteractiveVerdictsTest.refusedUnderGvisor(node)) {
            return;
        }
        TestResult test = InteractiveVerdictsTest.judgeOnce(node, """
                input()
                with open("/link/junk", "w") as f:
                    f.write("x" * 10000000)
                """, "import sys\nprint('go', flush=True)\nsys.stdin.read()\nsys.exit(42)\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(test.stderr()).contains("No space left on device");
        node.assertSurvived();
    }
}
