package org.labjudge.node.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.sandbox.ExecRequest;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.node.sandbox.ForwardingSandbox;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.node.sandbox.SandboxSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.Verdict;

/**
 * A build step is held to the compile limits' own wall clock, not to a run's allowance of 1.5 x the CPU limit + 1 s:
 * a compiler that finishes within {@code compileLimits.wallTimeMs}, however slowly, has built the program. The
 * build here really runs (gcc in the C image); only the wall clock it reports is stretched to what a machine
 * loaded far past its cores gives (the soak saw Scala and Kotlin builds take 28 s at load 25 on 2 cores).
 */
@Tag("docker")
class BuildWallClockTest {

    @Test
    void aBuildThatEndsWithinTheCompileWallClockLimitHasBuiltHoweverSlowly() {
        Limits compile = NodeConfig.defaultConfig().judgeSettings().compileLimits();
        long allowanceMs = VerdictRules.wallClockAllowanceMs(compile.timeMs());
        assertThat(allowanceMs).as("the default compile limits leave room past the run allowance")
                .isLessThan(compile.wallTimeMs());
        long slowMs = (allowanceMs + compile.wallTimeMs()) / 2;
        try (WorkerFixture fixture = new WorkerFixture(real -> new SlowBuilds(real, slowMs), "c")) {
            RunResult result = fixture.worker.run(RunRequest.of("c",
                    "#include <stdio.h>\nint main(void){int n;scanf(\"%d\",&n);printf(\"%d\\n\",n*n);}\n")
                    .withTests(List.of(new TestCase("1", "7\n", "49\n"))));

            assertThat(result.compile().wallTimeMs()).isEqualTo(slowMs);
            assertThat(result.compile().verdict()).as(result.compile()::toString).isEqualTo(Verdict.OK);
            assertThat(result.verdict()).as(result::toString).isEqualTo(Verdict.ACCEPTED);
        }
    }

    /** Real sandboxes whose build commands (gcc) report {@code wallMs} of wall clock. */
    private record SlowBuilds(SandboxProvider real, long wallMs) implements SandboxProvider {
        @Override
        public Sandbox open(SandboxSpec spec) {
            return new ForwardingSandbox(real.open(spec)) {
                @Override
                public ExecResult execute(ExecRequest request) {
                    ExecResult ran = super.execute(request);
                    if (!request.command().get(0).equals("gcc")) {
                        return ran;
                    }
                    return new ExecResult(ran.exitCode(), ran.signal(), ran.cpuTimeUs(), wallMs * 1000,
                            ran.maxRssKb(), ran.flags(), ran.stdout(), ran.stderr(), ran.message());
                }
            };
        }

        @Override
        public boolean available() {
            return real.available();
        }
    }
}
