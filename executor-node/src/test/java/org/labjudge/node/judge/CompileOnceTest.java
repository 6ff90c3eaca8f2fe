package org.labjudge.node.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.node.admission.AdmissionPolicy;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.sandbox.SandboxFixture;
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
            RecordingSandboxes recording = new RecordingSandboxes(fixture.provider);
            JudgeSettings settings = NodeConfig.defaultConfig().judgeSettings();
            LanguageCatalog catalog = new LanguageCatalog(
                    new LanguageTable(List.of(LanguageTable.defaults().find("c").orElseThrow())), settings);
            catalog.probe(fixture.provider);
            RunPolicy policy = new RunPolicy(1, AdmissionPolicy.DEFAULT, new Limits(2000, 6000, 256, 64, 64),
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
                assertThat(recording.opened).hasSize(1);
                assertThat(recording.commands).filteredOn(c -> c.startsWith("gcc ")).hasSize(1);
                assertThat(recording.commands).filteredOn(c -> c.equals("./main")).hasSize(20);
            }
        }
    }
}
