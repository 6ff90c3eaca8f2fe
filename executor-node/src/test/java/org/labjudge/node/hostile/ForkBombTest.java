package org.labjudge.node.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * Fork bombs that never end are TIME_LIMIT_EXCEEDED or RUNTIME_ERROR; a program whose main process exits 0
 * after forks failed at the cap is judged on its output, as other judges do. The process count stays capped
 * and nothing a bomb started outlives the run.
 */
@Tag("docker")
@ExtendWith(HostileNode.Shared.class)
class ForkBombTest {
    /**
     * For a main that goes on beside its bomb: bash retries its own forks while the bomb holds every pid, backing
     * off 1 s, then 2 s. A 3 s time limit keeps such a run within the wall-clock allowance (3 s x 1.5 + 1 s), 8 s
     * of wall clock covers it; with SMALL's 1 s a 2 s sleep plus one retry was judged too slow.
     */
    private static final Limits BESIDE_A_BOMB = new Limits(3000, 8000, 128, 64, 32);

    private static final Map<String, String> BOMBS = Map.of(
            "c", "#include <unistd.h>\nint main(void) { for (;;) fork(); }\n",
            "python", """
                    import os
                    while True:
                        try:
                            os.fork()
                        except OSError:
                            pass
                    """);

    @ParameterizedTest
    @ValueSource(strings = {"c", "python"})
    void aForkBombThatNeverEndsIsStoppedWithinTheLimits(String language, HostileNode node) {
        TestResult test = node.runOnce(language, BOMBS.get(language));

        assertThat(test.verdict()).as(test::toString)
                .isIn(Verdict.TIME_LIMIT_EXCEEDED, Verdict.RUNTIME_ERROR);
        assertThat(test.wallTimeMs()).isLessThanOrEqualTo(HostileNode.SMALL.wallTimeMs() + 500L);
        node.assertSurvived();
    }

    @RepeatedTest(3)
    void aBombLeftBehindByAMainThatExitsAtOnceIsJudgedOnItsOutput(HostileNode node) {
        // The main shell backgrounds the bomb and exits 0 at once; what it left runs on for a moment,
        // long enough to hit the process cap, and dies with it. The main's exit and output decide.
        // The main's own fork of the pipeline can meet the full cap too, and bash retries it with a 1 s, then 2 s
        // back-off: BESIDE_A_BOMB leaves room for that (it went past SMALL's 3 s wall clock on this machine).
        TestResult test = node.runOnce("bash", ":(){ :|:& };:\n", BESIDE_A_BOMB, "");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.OK);
        assertThat(test.message()).contains("some forks failed").contains("processes");
        assertThat(test.wallTimeMs()).isLessThan((long) BESIDE_A_BOMB.wallTimeMs());
        node.assertSurvived();
    }

    @RepeatedTest(3)
    void aScriptThatGoesOnBesideItsBombIsJudgedOnItsOutput(HostileNode node) {
        // The classic bomb, while the script goes on with its work and exits 0.
        String script = ":(){ :|:& };:\nsleep 2\necho done\n";
        RunResult right = node.runTests("bash", script, BESIDE_A_BOMB, List.of(new TestCase("1", "", "done\n")));
        RunResult wrong = node.runTests("bash", script, BESIDE_A_BOMB, List.of(new TestCase("1", "", "other\n")));

        // The bomb's shells wait between fork retries, so little CPU goes; the main's output decides.
        assertThat(right.verdict()).as(right::toString).isEqualTo(Verdict.ACCEPTED);
        assertThat(right.tests().get(0).stdout()).isEqualTo("done\n");
        assertThat(wrong.verdict()).as(wrong::toString).isEqualTo(Verdict.WRONG_ANSWER);
        node.assertSurvived();
    }

    @Test
    void theProcessCountIsCapped(HostileNode node) {
        String counter = """
                #include <stdio.h>
                #include <unistd.h>
                int main(void) {
                    int n = 0;
                    for (int i = 0; i < 10000; i++) {
                        pid_t p = fork();
                        if (p < 0) break;
                        if (p == 0) { pause(); _exit(0); }
                        n++;
                    }
                    printf("%d\\n", n);
                    return 0;
                }
                """;
        TestResult test = node.runOnce("c", counter);

        // 32 processes in all: the agent and the program itself take two of them.
        assertThat(Integer.parseInt(test.stdout().strip())).isBetween(1, HostileNode.SMALL.processes() - 2);
        // It stopped forking at the first refusal and exited 0: judged on its output, the cap noted.
        assertThat(test.verdict()).isEqualTo(Verdict.OK);
        assertThat(test.message()).contains("processes");
        node.assertSurvived();
    }
}
