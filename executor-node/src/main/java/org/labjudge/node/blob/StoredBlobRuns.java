package org.labjudge.node.blob;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.labjudge.node.judge.ConsoleSession;
import org.labjudge.node.judge.NodeLoad;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.node.judge.RunService;
import org.labjudge.protocol.BlobReferences;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleStart;
import org.labjudge.protocol.Health;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;

/**
 * The node's runs with blobs by hash: a request that references blobs holds them in the {@link BlobStore} for as long
 * as it waits and runs (so none is evicted from under it) and reaches the worker with their text in place. A request
 * referencing a blob the store lacks is refused before it waits, with {@link MissingBlobsException}.
 */
public final class StoredBlobRuns implements RunService {
    private final RunService runs;
    private final BlobStore store;

    public StoredBlobRuns(RunService runs, BlobStore store) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public RunResult run(RunRequest request, RunOptions options) {
        return withBlobsInPlace(request, inline -> runs.run(inline, options));
    }

    /** A session's program may name blobs as a run's may (its files by hash); held the same way while it lasts. */
    @Override
    public ConsoleEnd console(ConsoleStart start, RunOptions options, ConsoleSession session) {
        return withBlobsInPlace(start.run(), inline -> runs.console(
                new ConsoleStart(inline, start.idleSeconds(), start.totalSeconds()), options, session));
    }

    /** Gives {@code work} the request with its blobs' text in place, leasing them until {@code work} returns. */
    private <T> T withBlobsInPlace(RunRequest request, Function<RunRequest, T> work) {
        Set<String> hashes = BlobReferences.of(request);
        if (hashes.isEmpty()) {
            return work.apply(request);
        }
        try (BlobLease lease = store.lease(hashes)) {
            return work.apply(BlobReferences.inline(request, lease::text));
        }
    }

    @Override
    public void checkAccepting() {
        runs.checkAccepting();
    }

    @Override
    public NodeLoad load() {
        return runs.load();
    }

    @Override
    public List<LanguageInfo> languages() {
        return runs.languages();
    }

    @Override
    public LimitsInfo limits() {
        return runs.limits();
    }

    @Override
    public Health health() {
        return runs.health();
    }
}
