package org.labjudge.app.pool;

import java.time.Duration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.labjudge.protocol.BlobStoreInfo;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;

/**
 * The client side of a LabJudge pool: reads the node list, polls every node's health and load, sends
 * each run to a node with free capacity (power of two random choices) and moves it to another node when
 * one refuses or dies. Thread-safe; one per application. Needs no JavaFX, so the editor, the command-line
 * mode and tests share it.
 */
public final class Pool implements AutoCloseable {

    /** Description of the single node list entry when the pool runs an embedded local node. */
    static final String EMBEDDED_SOURCE = "the embedded local node";
    private static final Duration CONSOLE_PING = Duration.ofSeconds(5);

    private final PoolConfig config;
    private final OkHttpClient http;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService runThreads;
    private final ExecutorService feedThread;
    private final NodeRegistry registry;
    private final HealthPoller poller;
    private final NodeHttp nodeHttp;
    /** The HTTP client's sockets, pinged: a console session finds a node that stopped answering. */
    private final OkHttpClient consoleHttp;
    private final RunDispatcher dispatcher;
    private final StatusFeed feed;
    private final Duration pollTimeout;
    private volatile NodeListSource source;
    private volatile LocalNodeStarter.LocalNode localNode;
    private volatile String refreshError;
    private volatile boolean closed;
    private final AtomicInteger dispatching = new AtomicInteger();

    private Pool(PoolConfig config, RandomGenerator random) {
        this.config = config;
        this.runThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new DaemonThreads("labjudge-run"));
        ExecutorService httpThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new DaemonThreads("labjudge-http"));
        this.http = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(httpThreads))
                .connectTimeout(config.connectTimeout())
                .readTimeout(Duration.ZERO) // a run may compute for long; each call has its deadline instead
                .build();
        this.consoleHttp = http.newBuilder().pingInterval(CONSOLE_PING).build();
        ScheduledThreadPoolExecutor poll = new ScheduledThreadPoolExecutor(1, new DaemonThreads("labjudge-poll"));
        poll.setRemoveOnCancelPolicy(true);
        this.scheduler = poll;
        this.feedThread = Executors.newSingleThreadExecutor(new DaemonThreads("labjudge-status"));
        this.pollTimeout = config.connectTimeout().multipliedBy(2);
        this.registry = new NodeRegistry();
        this.feed = new StatusFeed(this::nodes, feedThread);
        this.nodeHttp = new NodeHttp(http);
        this.poller = new HealthPoller(nodeHttp, scheduler, config.pollInterval(), pollTimeout, feed::changed);
        this.dispatcher = new RunDispatcher(registry, nodeHttp, new Balancer(random), poller, config,
                pollTimeout.plusMillis(500), feed::changed);
    }

    /**
     * Loads the node list (see {@link PoolConfig#nodeList()}); polls every node once, then keeps polling in the
     * background. Without a node list there are no nodes (see {@link #start(PoolConfig, LocalNodeStarter)}).
     *
     * @throws NodeListException when the node list is missing (if named explicitly), unreadable or broken
     */
    public static Pool start(PoolConfig config) throws PoolException {
        return start(config, NodeListLocator.system(), List.of(), RandomGenerator.getDefault());
    }

    /**
     * {@link #start(PoolConfig)}, but without a node list {@code localNode} starts a node on this machine (when
     * {@link PoolConfig#embeddedNode()} allows it): the single user's default.
     */
    public static Pool start(PoolConfig config, LocalNodeStarter localNode) throws PoolException {
        return start(config, NodeListLocator.system(), List.of(localNode), RandomGenerator.getDefault());
    }

    /** {@link #start(PoolConfig)} with the environment made explicit, for tests. */
    static Pool start(PoolConfig config, NodeListLocator locator, Iterable<LocalNodeStarter> starters,
                      RandomGenerator random) throws PoolException {
        Pool pool = new Pool(config, random);
        try {
            pool.load(locator, starters);
            return pool;
        } catch (PoolException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private void load(NodeListLocator locator, Iterable<LocalNodeStarter> starters) throws PoolException {
        Optional<String> location = locator.locate(config.nodeList());
        NodeList list;
        if (location.isPresent()) {
            source = new NodeListSource(location.get(), http);
            list = source.read();
        } else {
            list = embedded(locator, starters);
        }
        registry.replace(list, tracker -> { });
        // One poll before returning, so a run right after start finds the nodes that are up.
        try {
            poller.pollNow(registry.trackers()).get(pollTimeout.plusMillis(500).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Nodes that did not answer stay UNKNOWN/DOWN and are polled again below.
        }
        for (NodeTracker tracker : registry.trackers()) {
            poller.watch(tracker, tracker.state() == NodeState.UP ? config.pollInterval()
                    : NodeTracker.backoff(config.pollInterval(), 1));
        }
        if (source != null) {
            long every = config.nodeListRefresh().toNanos();
            scheduler.scheduleWithFixedDelay(this::refreshList, every, every, TimeUnit.NANOSECONDS);
        }
    }

    private NodeList embedded(NodeListLocator locator, Iterable<LocalNodeStarter> starters) {
        String searched = "no node list found (looked in " + locator.searched() + ")";
        if (!config.embeddedNode()) {
            registry.explainEmpty(searched);
            return NodeList.empty("no node list");
        }
        List<String> problems = new ArrayList<>();
        for (LocalNodeStarter starter : starters) {
            try {
                Optional<LocalNodeStarter.LocalNode> started = starter.start();
                if (started.isPresent()) {
                    localNode = started.get();
                    return new NodeList(List.of(new NodeEntry("local", localNode.url(), 1.0, null)), EMBEDDED_SOURCE);
                }
            } catch (Exception e) {
                problems.add(e.getMessage());
            }
        }
        registry.explainEmpty(searched + " and no local node could be started"
                + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")"));
        return NodeList.empty("no node list");
    }

    private void refreshList() {
        NodeListSource current = source;
        if (current == null || closed) {
            return;
        }
        try {
            NodeList list = current.read();
            refreshError = null;
            if (registry.replace(list, tracker -> poller.watch(tracker, Duration.ZERO))) {
                feed.changed();
            }
        } catch (NodeListException e) {
            refreshError = e.getMessage(); // keep the last good list
        } catch (RuntimeException e) {
            refreshError = e.toString();
        }
    }

    /**
     * Runs {@code request} on some node and waits for its result, retrying on other nodes as needed.
     *
     * @throws PoolException with a message for a student when no node can take it
     * @throws InterruptedException when the waiting thread is interrupted (the run is abandoned)
     */
    public RunResult run(RunRequest request) throws PoolException, InterruptedException {
        return call(nodeHttp.v1Run(request));
    }

    /**
     * {@link #run(RunRequest)} of a request that references {@code blobs} by hash (see {@link HashedRequest}): on the
     * node chosen only the blobs it lacks are uploaded, then the request goes by hash. A request that references blobs
     * this client does not hold (a student copy of a published problem) is {@link #run(RunRequest)}: a node that lacks
     * them answers so and the run goes to one that holds them.
     */
    public RunResult run(RunRequest request, Map<String, byte[]> blobs) throws PoolException, InterruptedException {
        return call(nodeHttp.v1Run(request, blobs));
    }

    /** {@link #submit(RunRequest, Consumer)} of a request whose {@code blobs} are uploaded where missing first. */
    public CompletableFuture<RunResult> submit(RunRequest request, Consumer<TestResult> onTest,
                                               Map<String, byte[]> blobs) {
        return submit(onTest == null ? nodeHttp.v1Run(request, blobs) : nodeHttp.v1StreamedRun(request, onTest, blobs));
    }

    /**
     * Uploads those of {@code blobs} (by hash) that each listed node lacks, node after node: what {@code labjudge
     * publish} does. A node that cannot be reached, or refuses, is reported, not skipped silently.
     */
    public List<StoreReport> uploadToEveryNode(Map<String, byte[]> blobs) {
        NodeBlobs stores = nodeHttp.blobStores();
        List<StoreReport> reports = new ArrayList<>();
        for (NodeTracker node : registry.trackers()) {
            NodeEntry entry = node.entry();
            try {
                NodeBlobs.Upload upload = stores.upload(entry.endpoint(""), entry.token(), blobs);
                reports.add(new StoreReport(entry.name(), stores.info(entry.endpoint(""), entry.token()),
                        upload.uploaded(), upload.bytes(), List.of(), null));
            } catch (IOException e) {
                reports.add(StoreReport.failed(entry.name(), Failures.describe(e)));
            }
        }
        return reports;
    }

    /** What each listed node's blob store holds, and which of {@code hashes} it lacks (none asked: an empty list). */
    public List<StoreReport> inspectStores(Collection<String> hashes) {
        NodeBlobs stores = nodeHttp.blobStores();
        List<StoreReport> reports = new ArrayList<>();
        for (NodeTracker node : registry.trackers()) {
            NodeEntry entry = node.entry();
            try {
                BlobStoreInfo info = stores.info(entry.endpoint(""), entry.token());
                List<String> missing = hashes.isEmpty() ? List.of()
                        : stores.missing(entry.endpoint(""), entry.token(), hashes);
                reports.add(new StoreReport(entry.name(), info, 0, 0, missing, null));
            } catch (IOException e) {
                reports.add(StoreReport.failed(entry.name(), Failures.describe(e)));
            }
        }
        return reports;
    }

    /**
     * Sends {@code call} to some node and waits for its result, with {@link #run}'s balancing and failover: the
     * gateway forwards a front-end's run this way.
     *
     * @throws PoolException with a message for a student when no node can take it
     * @throws InterruptedException when the waiting thread is interrupted (the run is abandoned)
     */
    public <T> T call(NodeCall<T> call) throws PoolException, InterruptedException {
        return await(submit(call));
    }

    /**
     * Waits for a run {@link #submit}ted: its result, or its {@link PoolException}; interrupted, it abandons the
     * run. A caller that cancels {@code future} meanwhile (its own client went away) gets the
     * {@link CancellationException}.
     */
    public <T> T await(CompletableFuture<T> future) throws PoolException, InterruptedException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PoolException pool) {
                throw pool;
            }
            if (cause instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw new PoolException("The run failed in this client: " + cause, cause);
        }
    }

    /**
     * Runs {@code request} in the background. The future fails with a {@link PoolException} when no node
     * can take it; {@code cancel(true)} abandons the run (the HTTP call in flight is cancelled).
     */
    public CompletableFuture<RunResult> submit(RunRequest request) {
        return submit(nodeHttp.v1Run(request));
    }

    /**
     * {@link #submit(RunRequest)}, with each test's result given to {@code onTest} (on a pool thread) as soon as
     * the node has judged it (v1's streamed runs). When a node fails mid-run and the run moves to another, its
     * tests are given again from the first: a listener keys them by name.
     */
    public CompletableFuture<RunResult> submit(RunRequest request, Consumer<TestResult> onTest) {
        return submit(onTest == null ? nodeHttp.v1Run(request) : nodeHttp.v1StreamedRun(request, onTest));
    }

    /**
     * Starts a live console session on the best node for its language ({@code /api/v1/console}): every event, the
     * end last, goes to {@code events} on a pool thread. Until the program runs the session moves off a node that
     * cannot be reached or is busy; once it runs, a node lost ends it with {@code NODE_LOST}.
     */
    public ConsoleCall console(org.labjudge.protocol.ConsoleStart start,
            Consumer<org.labjudge.protocol.ConsoleEvent> events) {
        ConsoleCall call = new ConsoleCall(consoleHttp, dispatcher, config.maxAttempts(), start, events);
        if (closed) {
            call.stop();
        } else {
            call.place();
        }
        return call;
    }

    /** {@link #call} in the background, as {@link #submit(RunRequest)} is {@link #run} in the background. */
    public <T> CompletableFuture<T> submit(NodeCall<T> call) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (closed) {
            future.completeExceptionally(new PoolException("The LabJudge pool is closed"));
            return future;
        }
        RunHandle handle = new RunHandle();
        future.whenComplete((result, error) -> {
            if (future.isCancelled()) {
                handle.cancel();
            }
        });
        dispatching.incrementAndGet();
        try {
            runThreads.execute(() -> {
                try {
                    future.complete(dispatcher.dispatch(call, handle));
                } catch (InterruptedException e) {
                    future.completeExceptionally(new CancellationException("run interrupted"));
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                } finally {
                    dispatching.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            dispatching.decrementAndGet();
            future.completeExceptionally(new PoolException("The LabJudge pool is closed"));
        }
        return future;
    }

    /**
     * Runs still being placed: a cancelled run counts until its dispatch has stopped, so once this is
     * 0 no attempt of any submitted run can still reach a node.
     */
    public int runsDispatching() {
        return dispatching.get();
    }

    /**
     * Fails with the message a run would fail with when no node is configured or up, so a command that needs
     * the nodes' language list reports the pool, not a language, as the problem.
     */
    public void requireNodeUp() throws PoolException {
        Optional<PoolException> none = dispatcher.noNodeUp();
        if (none.isPresent()) {
            throw none.get();
        }
    }

    /** The limits of the first node that is up and reported them (nodes of one pool share a configuration). */
    public Optional<LimitsInfo> limits() {
        return registry.trackers().stream().filter(t -> t.state() == NodeState.UP).map(NodeTracker::limits)
                .filter(Objects::nonNull).findFirst();
    }

    /** Every listed node's status, in node-list order. */
    public List<NodeStatus> nodes() {
        return registry.trackers().stream().map(NodeTracker::status).toList();
    }

    /** Calls {@code listener} on a pool thread with all statuses now and whenever any of them changes. */
    public void addListener(Consumer<List<NodeStatus>> listener) {
        feed.addListener(listener);
    }

    /** Where the node list came from: a path, a URL, or a description such as the embedded local node. */
    public String nodeListSource() {
        String from = registry.source();
        return from == null ? "no node list" : from;
    }

    /** Why the last refresh of the node list failed ({@code null} when it worked); the last good list is kept. */
    public String nodeListProblem() {
        return refreshError;
    }

    /** Stops polling, abandons runs in flight and stops an embedded node. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        poller.close();
        scheduler.shutdownNow();
        http.dispatcher().cancelAll();
        runThreads.shutdownNow();
        feedThread.shutdownNow();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
        LocalNodeStarter.LocalNode local = localNode;
        if (local != null) {
            local.close();
        }
    }
}
