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

        if (HostileNode.UNDER_GVISOR && language.equals("python")) {
            // A process forked in gVisor's kernel holds its own copy of much of its parent's memory (31 idle Python
            // processes: 122 MB there, 11 MB under runc), so the capped bomb passes 128 MB (docs/sandbox.md).
            assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        } else {
            assertThat(test.verdict()).as(test::toString)
                    .isIn(Verdict.TIME_LIMIT_EXCEEDED, Verdict.RUNTIME_ERROR);
        }
        assertThat(test.wallTimeMs()).isLessThanOrEqualTo(HostileNode.SMALL.wallTimeMs() + 500L);
        node.assertSurvived();
    }

    @RepeatedTest(3)
    void aBombLeftBehindByAMainThatExitsAtOnceIsJudgedOnItsOutput(HostileNode node) {
        // The main shell backgrounds a subshell that bombs, and exits 0 at once; what it left runs on for a
        // moment, long enough to hit the process cap, and dies with it. The main's exit and output decide. One
        // fork of the main's own: a bomb started from the main itself made the main retry its second pipeline
        // fork at the full cap (bash backs off 1 s, 2 s, ...), and whether it ever got a pid was chance.
        TestResult test = node.runOnce("bash", "( :(){ :|:& };: ) &\n");

        assertThat(test.verdict()).as(test::toString).isEqualTo(Verdict.OK);
        assertThat(test.message()).contains("some forks failed").contains("processes");
        assertThat(test.wallTimeMs()).isLessThan((long) HostileNode.SMALL.wallTimeMs());
        node.assertSurvived();
    }

    @RepeatedTest(3)
    void aScriptThatGoesOnBesideItsBombIsJudgedOnItsOutput(HostileNode node) {
        // The classic bomb, while the script goes on with its work and exits 0. The work forks nothing (a loop
        // of builtins): a `sleep` would need a pid the bomb holds, and bash retries such a fork for seconds.
        String script = "( :(){ :|:& };: ) &\nfor ((i = 0; i < 100000; i++)); do :; done\necho done\n";
        // Under gVisor its kernel's work for the bomb's forks is the sandbox's CPU time too, about a second of it
        // until the bomb holds the cap (docs/sandbox.md): the script gets the time for that as well.
        Limits limits = HostileNode.UNDER_GVISOR ? new Limits(3000, 6000, 128, 64, 32) : HostileNode.SMALL;
        RunResult right = node.runTests("bash", script, limits, List.of(new TestCase("1", "", "done\n")));
        RunResult wrong = node.runTests("bash", script, limits, List.of(new TestCase("1", "", "other\n")));

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
