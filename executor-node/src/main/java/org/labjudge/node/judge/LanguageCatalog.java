package org.labjudge.node.judge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.sandbox.ExecRequest;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.node.sandbox.SandboxSpec;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The languages this node can run now: those of the table whose runtime image starts. Each
 * image is probed once by starting a sandbox and reading the toolchain version the image
 * recorded when it was built; a missing image leaves its language out (and is logged).
 */
public final class LanguageCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageCatalog.class);
    static final String VERSION_FILE = "/usr/local/share/labjudge/language-version";
    private static final Limits PROBE_LIMITS = new Limits(5_000, 10_000, 64, 1, 16);

    private final LanguageTable table;
    private final JudgeSettings settings;
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public LanguageCatalog(LanguageTable table, JudgeSettings settings) {
        this.table = table;
        this.settings = settings;
    }

    /** Probes every language not yet available; returns how many are available afterwards. */
    public int probe(SandboxProvider sandboxes) {
        List<Language> missing = table.all().stream().filter(l -> !versions.containsKey(l.id())).toList();
        if (missing.isEmpty()) {
            return versions.size();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(4, missing.size()));
        try {
            List<Future<?>> probes = missing.stream()
                    .<Future<?>>map(language -> pool.submit(() -> probe(sandboxes, language)))
                    .toList();
            for (Future<?> probe : probes) {
                try {
                    probe.get();
                } catch (Exception e) {
                    LOG.debug("language probe failed: {}", e.toString());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return versions.size();
    }

    private void probe(SandboxProvider sandboxes, Language language) {
        String image = settings.image(language.imageName());
        SandboxSpec spec = settings.startSpec(language, PROBE_LIMITS);
        try (Sandbox sandbox = sandboxes.open(spec)) {
            ExecResult result = sandbox.execute(new ExecRequest(
                    List.of("cat", VERSION_FILE), settings.baseEnvironment(), new byte[0], 5_000, 10_000,
                    4096, 4096));
            String version = new String(result.stdout(), StandardCharsets.UTF_8).strip();
            if (!result.exitedNormally() || version.isEmpty()) {
                LOG.warn("language {}: image {} records no version ({}); leaving it out", language.id(),
                        image, result.stderrText().strip());
                return;
            }
            versions.put(language.id(), version);
            LOG.info("language {}: {} {} from {}", language.id(), language.name(), version, image);
        } catch (RuntimeException e) {
            LOG.warn("language {}: image {} does not start ({}); leaving it out."
                    + " Build the images with installers/images/build-images.sh", language.id(), image,
                    e.getMessage());
        }
    }

    /** What a run with {@code limits} of each available language starts in: the sandboxes to keep ready. */
    public List<SandboxSpec> startSpecs(Limits limits) {
        return table.all().stream()
                .filter(l -> versions.containsKey(l.id()))
                .map(l -> settings.startSpec(l, limits))
                .toList();
    }

    public Optional<Language> find(String id) {
        return versions.containsKey(id) ? table.find(id) : Optional.empty();
    }

    public List<String> ids() {
        return table.all().stream().map(Language::id).filter(versions::containsKey).toList();
    }

    public List<LanguageInfo> infos() {
        return table.all().stream()
                .filter(l -> versions.containsKey(l.id()))
                .map(l -> l.info(versions.get(l.id())))
                .toList();
    }

    /** Whether every language of the table is available. */
    public boolean complete() {
        return versions.size() == table.all().size();
    }
}
