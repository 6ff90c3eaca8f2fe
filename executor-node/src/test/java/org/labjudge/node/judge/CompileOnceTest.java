package org.labjudge.node.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.sandbox.ExecRequest;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.node.sandbox.ForwardingSandbox;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.node.sandbox.SandboxFixture;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.node.sandbox.SandboxSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.Verdict;

/** A request with many tests compiles its program once, in one sandbox, then runs every test. */
@Tag("docker")
class CompileOnceTest {

    @Test
    void twentyTestsCostOneCompilation() {
        try (SandboxFixture fixture = new SandboxFixture()) {
            Recording recording = new Recording(fixture.provider);
            JudgeSettings settings = JudgeSettings.defaults();
            LanguageCatalog catalog = new LanguageCatalog(
                    new LanguageTable(List.of(LanguageTable.defaults().find("c").orElseThrow())), settings);
            catalog.probe(fixture.provider);
            RunPolicy policy = new RunPolicy(1, 1, new Limits(2000, 6000, 256, 64, 64),
                    new Limits(20000, 60000, 1024, 1024, 256), 1 << 20, 100, 8);
            try (EngineHealth health = new EngineHealth(fixture.provider, 1000, () -> { })) {
                RunWorker worker = new RunWorker("compile-once", policy, settings, catalog, recording, health, (frontend, r) -> { });
                List<TestCase> tests = IntStream.rangeClosed(1, 20)
                        .mapToObj(i -> new TestCase("t" + i, i + "\n", (i * i) + "\n"))
                        .toList();
                RunResult result = worker.run(RunRequest.of("c",
                        "#include <stdio.h>\nint main(void){int n;scanf(\"%d\",&n);printf(\"%d\\n\",n*n);}\n")
                        .withTests(tests));

                assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
                assertThat(result.tests()).hasSize(20);
                assertThat(recording.sandboxesOpened).isEqualTo(1);
                assertThat(recording.commands).filteredOn(c -> c.startsWith("gcc ")).hasSize(1);
                assertThat(recording.commands).filteredOn(c -> c.equals("./main")).hasSize(20);
            }
        }
    }

    /** Passes everything to the real provider and writes down what was run. */
    private static final class Recording implements SandboxProvider {
        private final SandboxProvider real;
        final List<String> commands = new CopyOnWriteArrayList<>();
        int sandboxesOpened;

        Recording(SandboxProvider real) {
            this.real = real;
        }

        @Override
        public Sandbox open(SandboxSpec spec) {
            sandboxesOpened++;
            return new ForwardingSandbox(real.open(spec)) {
                @Override
                public ExecResult execute(ExecRequest request) {
                    commands.add(String.join(" ", request.command()));
                    return super.execute(request);
                }
            };
        }

        @Override
        public boolean available() {
            return real.available();
        }
    }
}
