package org.labjudge.node;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.labjudge.node.api.ApiConfig;
import org.labjudge.node.api.FrontEnd;
import org.labjudge.node.api.NodeApi;
import org.labjudge.node.api.jobe.JobeApi;
import org.labjudge.node.api.jobe.JobeFileCache;
import org.labjudge.node.api.jobe.JobeLanguages;
import org.labjudge.node.api.piston.PistonApi;
import org.labjudge.node.api.piston.PistonRuntimes;
import org.labjudge.node.blob.BlobStore;
import org.labjudge.node.blob.StoredBlobRuns;
import org.labjudge.node.config.ConfigException;
import org.labjudge.node.config.NodeConfig;
import org.labjudge.node.judge.EngineHealth;
import org.labjudge.node.judge.JudgeSettings;
import org.labjudge.node.judge.LanguageCatalog;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.node.judge.RunWorker;
import org.labjudge.node.language.LanguageTable;
import org.labjudge.node.metrics.NodeMetrics;
import org.labjudge.node.sandbox.ContainerJanitor;
import org.labjudge.node.sandbox.DockerClients;
import org.labjudge.node.sandbox.DockerSandboxProvider;
import org.labjudge.node.sandbox.EngineProbe;
import org.labjudge.node.sandbox.SandboxRuntime;
import org.labjudge.node.sandbox.WarmSandboxPool;
import org.labjudge.node.sandbox.SandboxLabels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of a node: the Docker sandbox provider, the worker over it, and the HTTP
 * API over the worker with its front-ends (v1, Jobe, Piston). A front-end or sandbox engine is
 * wired here, nowhere else.
 */
public final class ExecutorNode {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorNode.class);
    /** How often the engine is checked: a stopped engine shows as DOWN within about this long. */
    private static final long HEALTH_INTERVAL_MS = 500;

    private final NodeConfig config;
    private final DockerClient docker;
    private final EngineProbe probe;
    private final ContainerJanitor janitor;
    private final WarmSandboxPool sandboxes;
    private final EngineHealth health;
    private final RunWorker worker;
    private final NodeApi api;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean shutDown;

    private ExecutorNode(NodeConfig config, DockerClient docker, EngineProbe probe,
            ContainerJanitor janitor, WarmSandboxPool sandboxes, EngineHealth health, RunWorker worker,
            NodeApi api) {
        this.config = config;
        this.docker = docker;
        this.probe = probe;
        this.janitor = janitor;
        this.sandboxes = sandboxes;
        this.health = health;
        this.worker = worker;
        this.api = api;
    }

    /** Starts a node and returns once its API listens. The Docker engine may be down: it is
     *  reported DOWN and used as soon as it answers. */
    public static ExecutorNode start(NodeConfig config, String version) {
        return start(config, version, LanguageTable.defaults());
    }

    /**
     * {@link #start(NodeConfig, String)} serving the languages of {@code table} (tests add one) that the config
     * chooses ({@code languages}; all when it names none).
     */
    public static ExecutorNode start(NodeConfig config, String version, LanguageTable table) {
        LanguageTable offered;
        try {
            offered = table.only(config.languages());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("languages: " + e.getMessage(), e);
        }
        BlobStore blobs;
        try {
            blobs = config.blobStore().open(); // before any container exists, so a bad folder leaves nothing behind
        } catch (java.io.UncheckedIOException e) {
            throw new ConfigException("blobStore.dir: " + e.getMessage(), e);
        }
        DockerClient docker = DockerClients.forSandboxes();
        EngineProbe probe = EngineProbe.standard();
        SandboxLabels labels = new SandboxLabels(config.nodeId());
        SandboxRuntime runtime = config.sandboxRuntime();
        if (runtime.name().equals(SandboxRuntime.GVISOR)) {
            LOG.info("node {}: sandboxes run under {}: interactive problems are refused, and CPU time and memory"
                    + " are gVisor's own figures (installers/ADMIN.md, section 9)", config.nodeId(), runtime.name());
        }
        DockerSandboxProvider engine = new DockerSandboxProvider(docker, probe, labels, runtime);
        WarmSandboxPool sandboxes = new WarmSandboxPool(engine, config.warmPool(), runtime.updatable());
        ContainerJanitor janitor = new ContainerJanitor(docker, labels, engine.live());
        JudgeSettings settings = config.judgeSettings();
        LanguageCatalog languages = new LanguageCatalog(offered, settings);

        Runnable prepareEngine = () -> {
            sandboxes.clear(); // after an engine restart its containers are gone
            janitor.removeLeftovers();
            int available = languages.probe(sandboxes);
            sandboxes.warm(languages.startSpecs(config.defaults()));
            LOG.info("node {}: {} language(s) available: {}", config.nodeId(), available, languages.ids());
        };
        EngineHealth health = new EngineHealth(sandboxes, HEALTH_INTERVAL_MS, prepareEngine);
        NodeMetrics metrics = new NodeMetrics(List.of(RunOptions.V1_FRONTEND, JobeApi.FRONTEND, PistonApi.FRONTEND));
        RunWorker worker = new RunWorker(config.nodeId(), config.runPolicy(), settings, languages,
                sandboxes, health, metrics::recordRun);
        List<FrontEnd> frontEnds = List.of(
                new JobeApi(worker, metrics, JobeLanguages.defaults(), new JobeFileCache(JobeFileCache.DEFAULT_MAX_BYTES)),
                new PistonApi(worker, metrics, PistonRuntimes.defaults()));
        NodeApi api = new NodeApi(ApiConfig.of(config, version), new StoredBlobRuns(worker, blobs), metrics, frontEnds,
                blobs);
        try {
            api.start();
        } catch (RuntimeException | Error e) {
            // The probe already made containers: a node that fails to start leaves none behind.
            health.close();
            sandboxes.close();
            try {
                janitor.removeAll();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            closeQuietly(docker);
            probe.close();
            throw e;
        }
        LOG.info("node {} listens on http://{}:{} with {} slot(s){}{}", config.nodeId(), config.bind(), api.port(),
                config.slots(), config.runPolicy().slotCores().isEmpty() ? "" : " pinned to cores "
                        + config.runPolicy().slotCores(),
                runtime.name().isEmpty() ? "" : ", sandboxes under runtime " + runtime.name());
        return new ExecutorNode(config, docker, probe, janitor, sandboxes, health, worker, api);
    }

    public int port() {
        return api.port();
    }

    public RunWorker worker() {
        return worker;
    }

    /** The node's warm sandboxes: which ones are ready, and so which one the next run gets. */
    public WarmSandboxPool sandboxes() {
        return sandboxes;
    }

    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops taking runs (they get 503), lets admitted runs finish within the drain time, stops
     * the API and removes every sandbox container of this node. Idempotent.
     */
    public synchronized void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        LOG.info("node {}: draining (up to {} s)", config.nodeId(), config.drainSeconds());
        worker.drain(Duration.ofSeconds(config.drainSeconds()));
        api.stop();
        health.close();
        sandboxes.close();
        try {
            janitor.removeAll();
        } catch (RuntimeException e) {
            LOG.warn("node {}: could not remove its containers: {}", config.nodeId(), e.toString());
        }
        closeQuietly(docker);
        probe.close();
        LOG.info("node {} stopped", config.nodeId());
        stopped.countDown();
    }

    private static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing a Docker client: {}", e.toString());
        }
    }
}
