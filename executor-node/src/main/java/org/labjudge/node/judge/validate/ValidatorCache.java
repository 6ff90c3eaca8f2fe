package org.labjudge.node.judge.validate;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The node's builds of output validators, by {@link ValidatorProgram#key()}: each is built once, however
 * many runs and tests use it, even when several runs ask at once; the least recently used are dropped when
 * the builds together pass {@code maxBytes}.
 */
public final class ValidatorCache {
    private final long maxBytes;
    /** Access-ordered: iteration starts at the least recently used. Guarded by {@code this}. */
    private final LinkedHashMap<String, CompiledValidator> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, CompletableFuture<CompiledValidator>> building = new ConcurrentHashMap<>();
    private final AtomicLong builds = new AtomicLong();
    private long keptBytes;

    public ValidatorCache(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** The build kept under {@code key}, else the one {@code build} makes (once, for every caller waiting). */
    CompiledValidator get(String key, Supplier<CompiledValidator> build) {
        synchronized (this) {
            CompiledValidator found = kept.get(key);
            if (found != null) {
                return found;
            }
        }
        CompletableFuture<CompiledValidator> mine = new CompletableFuture<>();
        CompletableFuture<CompiledValidator> running = building.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            CompiledValidator made;
            synchronized (this) {
                made = kept.get(key); // built by a caller that finished between the two looks
            }
            if (made == null) {
                builds.incrementAndGet();
                made = build.get();
                keep(key, made);
            }
            mine.complete(made);
            return made;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            building.remove(key, mine);
        }
    }

    /** How many builds this cache has started: what the node spent compiling validators. */
    public long builds() {
        return builds.get();
    }

    private synchronized void keep(String key, CompiledValidator build) {
        if (build.size() > maxBytes) {
            return; // used by the runs waiting for it, never kept
        }
        CompiledValidator old = kept.put(key, build);
        keptBytes += build.size() - (old == null ? 0 : old.size());
        Iterator<CompiledValidator> oldest = kept.values().iterator();
        while (keptBytes > maxBytes && oldest.hasNext()) {
            keptBytes -= oldest.next().size();
            oldest.remove();
        }
    }
}
