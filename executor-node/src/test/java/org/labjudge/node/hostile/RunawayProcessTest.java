package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** Programs that never end are stopped at their limits; nothing a program starts outlives it. */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class RunawayProcessTest {

    @Test
    void anInfiniteLoopExceedsTheCpuTimeLimit(HostileNode node) {
        // Wall clock to spare: even on a loaded machine the loop gets its 1 s of CPU long before 20 s
        // have passed, so it is the CPU limit that stops it.
        Limits limits = new Limits(1000, 20_000, 128, 64, 32);
        TestResult test = node.runOnce("c", "int main(void) { volatile unsigned long x = 0; for (;;) x++; }\n",
                limits, "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(test.message()).isEqualTo("used more than 1000 ms of CPU time");
        assertThat(test.timeMs()).isGreaterThanOrEqualTo(limits.timeMs());
        assertThat(test.wallTimeMs()).isLessThan((long) limits.wallTimeMs());
        node.assertSurvived();
    }

    @Test
    void sleepingForeverExceedsTheWallClockLimit(HostileNode node) {
        TestResult test = node.runOnce("bash", "sleep 1000\n");

        assertThat(test.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(test.message()).contains("wall clock");
        assertThat(test.wallTimeMs()).isBetween((long) HostileNode.SMALL.wallTimeMs(),
                HostileNode.SMALL.wallTimeMs() + 500L);
        node.assertSurvived();
    }

    @Test
    void childrenThatOutliveTheMainProcessAreKilledWithIt(HostileNode node) {
        // The first test leaves daemons behind (detached, ignoring SIGTERM and SIGHUP, holding
        // stdout open); the second, in the same sandbox, counts every process but itself and PID 1.
        String program = """
                read mode
                if [ "$mode" = spawn ]; then
                  (setsid sleep 1000 &)
                  nohup bash -c 'while :; do echo alive >> /tmp/orphan.log; sleep 0.05; done' >/dev/null 2>&1 &
                  ( trap '' TERM HUP; exec sleep 999 ) &
                  echo spawned
                else
                  n=0
                  for p in /proc/[0-9]*; do
                    pid=${p#/proc/}
                    [ "$pid" = 1 ] || [ "$pid" = $$ ] || n=$((n + 1))
                  done
                  echo "$n"
                fi
                """;
        RunResult result = node.runTests("bash", program, HostileNode.SMALL, List.of(
                new TestCase("spawn", "spawn\n", "spawned\n"),
                new TestCase("check", "check\n", "0\n")));

        assertThat(result.tests()).extracting(TestResult::verdict)
                .as(result::toString).containsExactly(Verdict.ACCEPTED, Verdict.ACCEPTED);
        // The agent does not wait for the daemon that holds stdout open.
        assertThat(result.tests().get(0).wallTimeMs()).isLessThan(2000L);
        node.assertSurvived();
    }
}
