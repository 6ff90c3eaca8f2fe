package org.labjudge.node.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps sandboxes created and started ahead of need, so a run takes a ready one instead of
 * paying for a container's creation on the request path. A sandbox returned after a run is
 * reset (every process killed, work dir, /tmp and /dev/shm emptied) in the background before
 * anyone else gets it; one that failed, or served {@link PoolSettings#maxUses()} runs, is
 * destroyed instead. Each image keeps at least {@code idlePerLanguage} sandboxes ready or being
 * made; sandboxes coming back from runs are kept too, up to {@code maxPerLanguage} ready, so after a
 * burst of one language the next burst finds as many ready. A run that returns its sandbox thus
 * costs the engine nothing: no container is made or removed per run.
 */
public final class WarmSandboxPool implements SandboxProvider, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WarmSandboxPool.class);

    private final SandboxProvider engine;
    private final PoolSettings settings;
    /** Whether a ready sandbox can take a run's limits and cores ({@link SandboxRuntime#updatable()}). */
    private final boolean updatable;
    private final ExecutorService background;
    private final Object lock = new Object();
    private final Map<Shape, Deque<Idle>> ready = new HashMap<>();
    private final Map<Shape, AtomicInteger> creating = new HashMap<>();
    private final Map<Shape, SandboxSpec> specs = new HashMap<>();
    private boolean closed;

    /** Threads that create sandboxes in the background. */
    private static final int REFILL_THREADS = 2;

    public WarmSandboxPool(SandboxProvider engine, PoolSettings settings) {
        this(engine, settings, REFILL_THREADS, true);
    }

    /** A pool over sandboxes whose limits and cores can be changed once made or not ({@code updatable}). */
    public WarmSandboxPool(SandboxProvider engine, PoolSettings settings, boolean updatable) {
        this(engine, settings, REFILL_THREADS, updatable);
    }

    /** A pool whose background creations use {@code refillThreads} threads (1 makes tests' order plain). */
    WarmSandboxPool(SandboxProvider engine, PoolSettings settings, int refillThreads) {
        this(engine, settings, refillThreads, true);
    }

    private WarmSandboxPool(SandboxProvider engine, PoolSettings settings, int refillThreads, boolean updatable) {
        this.engine = engine;
        this.settings = settings;
        this.updatable = updatable;
        AtomicInteger threads = new AtomicInteger();
        this.background = Executors.newFixedThreadPool(refillThreads, r -> {
            Thread t = new Thread(r, "sandbox-pool-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * What makes two sandboxes interchangeable: memory, processes and cores are changed per run, where the
     * runtime allows it; where it does not, they are part of the shape (-1 and "" stand for any).
     */
    private record Shape(String image, double cpus, int workDirMb, int tmpDirMb, int memoryMb, int processes,
                         String cpuset) {
    }

    private Shape shapeOf(SandboxSpec spec) {
        return updatable
                ? new Shape(spec.image(), spec.cpus(), spec.workDirMb(), spec.tmpDirMb(), -1, -1, "")
                : new Shape(spec.image(), spec.cpus(), spec.workDirMb(), spec.tmpDirMb(), spec.memoryMb(),
                        spec.processes(), spec.cpuset());
    }

    /** A ready sandbox and how many runs it has served. */
    private record Idle(Sandbox sandbox, int uses) {}

    /**
     * Starts keeping ready sandboxes of these specs (one per language, say). A ready sandbox
     * has its spec's limits, so a run that asks for those pays no engine call to change them.
     */
    public void warm(List<SandboxSpec> warmSpecs) {
        for (SandboxSpec spec : warmSpecs) {
            synchronized (lock) {
                specs.put(shapeOf(spec), spec);
            }
            refill(shapeOf(spec));
        }
    }

    @Override
    public Sandbox open(SandboxSpec spec) {
        if (spec.link() != null) {
            return engine.open(spec); // its mount is its own: never kept warm, never handed to another run
        }
        Shape shape = shapeOf(spec);
        synchronized (lock) {
            specs.putIfAbsent(shape, spec);
        }
        Idle idle;
        while ((idle = take(shape, spec.cpuset())) != null) {
            // A sandbox that waited may have died with its engine: never hand that out.
            if (idle.sandbox().alive()) {
                refill(shape);
                Lease lease = new Lease(idle.sandbox(), shape, idle.uses());
                try {
                    lease.setLimits(spec.memoryMb(), spec.processes());
                    lease.pin(spec.cpuset());
                } catch (RuntimeException e) {
                    lease.close(); // failed: destroyed, and another one made
                    throw e;
                }
                return lease;
            }
            idle.sandbox().close();
        }
        refill(shape);
        return new Lease(engine.open(spec), shape, 0);
    }

    @Override
    public boolean available() {
        return engine.available();
    }

    /** Destroys every ready sandbox, for example after the engine restarted and lost them. */
    public void clear() {
        List<Sandbox> dropped;
        synchronized (lock) {
            dropped = ready.values().stream().flatMap(Deque::stream).map(Idle::sandbox).toList();
            ready.clear();
        }
        dropped.forEach(Sandbox::close);
    }

    /** Ready sandboxes of an image right now (for tests and metrics). */
    public int readyCount(String image) {
        synchronized (lock) {
            return ready.entrySet().stream()
                    .filter(e -> e.getKey().image().equals(image))
                    .mapToInt(e -> e.getValue().size())
                    .sum();
        }
    }

    /** Ids of the ready sandboxes of an image, in the order they would be taken last to first. */
    public List<String> readyIds(String image) {
        synchronized (lock) {
            return ready.entrySet().stream()
                    .filter(e -> e.getKey().image().equals(image))
                    .flatMap(e -> e.getValue().stream())
                    .map(idle -> idle.sandbox().id())
                    .toList();
        }
    }

    /** The ready sandbox a run on {@code cpuset} gets: one already on those cores saves moving it. */
    private Idle take(Shape shape, String cpuset) {
        synchronized (lock) {
            Deque<Idle> queue = ready.get(shape);
            if (queue == null) {
                return null;
            }
            // Last in, first out: the most recently used sandbox has the warmest caches.
            for (Iterator<Idle> newestFirst = queue.descendingIterator(); newestFirst.hasNext(); ) {
                Idle idle = newestFirst.next();
                if (idle.sandbox().cpuset().equals(cpuset)) {
                    newestFirst.remove();
                    return idle;
                }
            }
            return queue.pollLast();
        }
    }

    /** Starts background creations until ready plus creating reaches the idle count. */
    private void refill(Shape shape) {
        while (true) {
            SandboxSpec spec;
            synchronized (lock) {
                if (closed) {
                    return;
                }
                int have = ready.getOrDefault(shape, new ArrayDeque<>()).size() + counter(creating, shape).get();
                // Not one per run in flight: each of those comes back, and making one ahead for it
                // meant a container made and another dropped for every run.
                if (have >= settings.idlePerLanguage()) {
                    return;
                }
                counter(creating, shape).incrementAndGet();
                spec = specs.get(shape);
            }
            try {
                background.execute(() -> create(shape, spec));
            } catch (RejectedExecutionException e) {
                counter(creating, shape).decrementAndGet();
                return;
            }
        }
    }

    private void create(Shape shape, SandboxSpec spec) {
        Sandbox sandbox;
        try {
            sandbox = engine.open(spec);
        } catch (RuntimeException e) {
            counter(creating, shape).decrementAndGet();
            LOG.warn("could not prepare a sandbox of {}: {}", shape.image(), e.getMessage());
            return;
        }
        offer(shape, new Idle(sandbox, 0), true);
    }

    /** Puts a sandbox in the ready queue, or closes it when the pool is full or closed. */
    private void offer(Shape shape, Idle idle, boolean fromCreation) {
        Sandbox discard = null;
        synchronized (lock) {
            if (fromCreation) {
                counter(creating, shape).decrementAndGet();
            }
            Deque<Idle> queue = ready.computeIfAbsent(shape, s -> new ArrayDeque<>());
            if (closed) {
                discard = idle.sandbox();
            } else if (fromCreation) {
                // Fresh sandboxes wait behind the warm ones, which are taken first.
                if (queue.size() < settings.maxPerLanguage()) {
                    queue.addFirst(idle);
                } else {
                    discard = idle.sandbox();
                }
            } else {
                // A warm sandbox is worth more than a fresh one: make room by dropping the oldest.
                if (queue.size() >= settings.maxPerLanguage() && !queue.isEmpty()) {
                    discard = queue.pollFirst().sandbox();
                }
                queue.addLast(idle);
            }
        }
        if (discard != null) {
            discard.close();
        }
    }

    private void giveBack(Sandbox sandbox, Shape shape, int uses) {
        boolean closing;
        synchronized (lock) {
            closing = closed;
        }
        if (closing) {
            sandbox.close();
            return;
        }
        if (uses >= settings.maxUses()) {
            // Off the run's path: the engine takes a while to remove a container, and under gVisor every run
            // retires its sandbox (SandboxRuntime#defaultMaxUses).
            try {
                background.execute(sandbox::close);
            } catch (RejectedExecutionException e) {
                sandbox.close();
            }
            refill(shape);
            return;
        }
        try {
            background.execute(() -> {
                try {
                    sandbox.reset();
                    SandboxSpec nominal = spec(shape);
                    sandbox.setLimits(nominal.memoryMb(), nominal.processes());
                    offer(shape, new Idle(sandbox, uses), false);
                } catch (RuntimeException e) {
                    LOG.debug("sandbox {} could not be reset, destroying it: {}", sandbox.id(), e.getMessage());
                    sandbox.close();
                    refill(shape);
                }
            });
        } catch (RejectedExecutionException e) {
            sandbox.close();
        }
    }

    private SandboxSpec spec(Shape shape) {
        synchronized (lock) {
            return specs.get(shape);
        }
    }

    private AtomicInteger counter(Map<Shape, AtomicInteger> counters, Shape shape) {
        synchronized (lock) {
            return counters.computeIfAbsent(shape, s -> new AtomicInteger());
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        // Let creations and resets under way finish: each then sees the pool closed and
        // destroys its sandbox, so none is left behind.
        background.shutdown();
        try {
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("sandbox pool: background work did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clear();
    }

    /** A pooled sandbox on loan to one run: closing it gives it back instead of destroying it. */
    private final class Lease extends ForwardingSandbox {
        private final Shape shape;
        private final int uses;
        private boolean failed;
        private boolean returned;

        Lease(Sandbox sandbox, Shape shape, int uses) {
            super(sandbox);
            this.shape = shape;
            this.uses = uses;
        }

        @Override
        public void writeFile(String name, byte[] content, boolean executable) {
            watch(() -> {
                super.writeFile(name, content, executable);
                return null;
            });
        }

        @Override
        public ExecResult execute(ExecRequest request) {
            return watch(() -> super.execute(request));
        }

        @Override
        public ExecResult executeLive(ExecRequest request, LiveInput input, LiveOutput output) {
            return watch(() -> super.executeLive(request, input, output));
        }

        @Override
        public void setLimits(int memoryMb, int processes) {
            watch(() -> {
                super.setLimits(memoryMb, processes);
                return null;
            });
        }

        @Override
        public void pin(String cpuset) {
            watch(() -> {
                super.pin(cpuset);
                return null;
            });
        }

        @Override
        public void reset() {
            watch(() -> {
                super.reset();
                return null;
            });
        }

        private <T> T watch(java.util.function.Supplier<T> call) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        /** Destroyed, not given back: its program may still run. Nothing once given back (another run's now). */
        @Override
        public synchronized void kill() {
            if (returned) {
                return;
            }
            failed = true;
            delegate().kill();
        }

        @Override
        public synchronized void close() {
            if (returned) {
                return;
            }
            returned = true;
            if (failed) {
                delegate().close();
                refill(shape);
            } else {
                giveBack(delegate(), shape, uses + 1);
            }
        }
    }
}
