package org.labjudge.node.judge;

import java.util.List;
import java.util.function.UnaryOperator;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.sandbox.SandboxFixture;
import org.labjudge.node.sandbox.SandboxProvider;

/** A real {@link RunWorker} over real Docker sandboxes, every sandbox recorded. */
public final class WorkerFixture implements AutoCloseable {
    public final SandboxFixture sandboxes = new SandboxFixture();
    public final RecordingSandboxes recording;
    public final RunWorker worker;
    private final EngineHealth health;

    public WorkerFixture(String... languages) {
        this(real -> real, languages);
    }

    /** A worker whose sandboxes come through {@code wrap} (to change what the real ones report). */
    public WorkerFixture(UnaryOperator<SandboxProvider> wrap, String... languages) {
        recording = new RecordingSandboxes(wrap.apply(sandboxes.provider));
        NodeConfig config = NodeConfig.builder().set("slots", 2).set("maxQueue", 2).set("maxTests", 100)
                .set("maxFiles", 8).build();
        JudgeSettings settings = config.judgeSettings();
        LanguageTable all = LanguageTable.defaults();
        LanguageCatalog catalog = new LanguageCatalog(new LanguageTable(
                List.of(languages).stream().map(id -> all.find(id).orElseThrow()).toList()), settings);
        catalog.probe(sandboxes.provider);
        RunPolicy policy = config.runPolicy();
        health = new EngineHealth(sandboxes.provider, 1000, () -> { });
        worker = new RunWorker("worker-fixture", policy, settings, catalog, recording, health, (frontend, r) -> { });
    }

    @Override
    public void close() {
        health.close();
        sandboxes.close();
    }
}
