package org.labjudge.node.judge;

import java.util.List;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.sandbox.SandboxFixture;
import org.labjudge.protocol.Limits;

/** A real {@link RunWorker} over real Docker sandboxes, every sandbox recorded. */
public final class WorkerFixture implements AutoCloseable {
    public final SandboxFixture sandboxes = new SandboxFixture();
    public final RecordingSandboxes recording = new RecordingSandboxes(sandboxes.provider);
    public final RunWorker worker;
    private final EngineHealth health;

    public WorkerFixture(String... languages) {
        JudgeSettings settings = JudgeSettings.defaults();
        LanguageTable all = LanguageTable.defaults();
        LanguageCatalog catalog = new LanguageCatalog(new LanguageTable(
                List.of(languages).stream().map(id -> all.find(id).orElseThrow()).toList()), settings);
        catalog.probe(sandboxes.provider);
        RunPolicy policy = new RunPolicy(2, 2, new Limits(2000, 6000, 256, 64, 64),
                new Limits(20000, 60000, 1024, 16384, 256), 1 << 20, 100, 8);
        health = new EngineHealth(sandboxes.provider, 1000, () -> { });
        worker = new RunWorker("worker-fixture", policy, settings, catalog, recording, health, r -> { });
    }

    @Override
    public void close() {
        health.close();
        sandboxes.close();
    }
}
