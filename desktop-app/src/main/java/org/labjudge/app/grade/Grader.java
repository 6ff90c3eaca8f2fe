package org.labjudge.app.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.labjudge.app.pool.HashedRequest;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.submission.Submission;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.protocol.RunRequest;

/**
 * Judges a class's submissions for one problem over the pool: every submission on all the problem's tests
 * (samples and secret), at most {@code parallel} at a time, so the pool's balancing spreads them over the
 * nodes. Tests judged before come from the {@link ResultCache}: a submission is sent only the tests whose
 * result is not kept ({@link IncrementalRun}), or nothing; each new test result is kept there as the node
 * streams it, so an interrupted grade loses only the tests in flight. A submission the pool could not judge
 * gets its reason; none is dropped.
 */
public final class Grader {

    private final Pool pool;
    private final int parallel;
    private final ResultCache cache;
    private final CacheKeys keys = new CacheKeys();

    /** A grader that sends the test data by hash, each node getting it once ({@link HashedRequest}). */
    public Grader(Pool pool, int parallel, ResultCache cache) {
        this.pool = pool;
        this.parallel = Math.max(1, parallel);
        this.cache = cache;
    }

    public Grader(Pool pool, int parallel) {
        this(pool, parallel, ResultCache.none());
    }

    /**
     * Judges {@code submissions}; {@code progress} hears (done, total) after each one, from pool threads.
     *
     * @return one judgement per submission, sorted by student
     */
    public List<Judgement> judge(ProblemPackage problem, List<Submission> submissions,
                                 BiConsumer<Integer, Integer> progress) throws InterruptedException {
        Semaphore slots = new Semaphore(parallel);
        AtomicInteger done = new AtomicInteger();
        int total = submissions.size();
        List<CompletableFuture<Judgement>> judgements = new ArrayList<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        // The problem's tests and validator hashed once, for every submission.
        HashedRequest hashedProblem = HashedRequest.of(problem.judgeRequest("any", ""));
        try {
            for (Submission submission : submissions) {
                if (!submission.usable()) {
                    judgements.add(CompletableFuture.completedFuture(
                            new Judgement(submission, null, submission.problem(), false, 0)));
                    progress.accept(done.incrementAndGet(), total);
                    continue;
                }
                // Keyed and sent by hash: a full package and its student copy share their cached results.
                RunRequest request = requestFor(problem, submission).withTests(hashedProblem.request().tests())
                        .withValidator(hashedProblem.request().validator());
                IncrementalRun known = IncrementalRun.of(request, cache, keys);
                if (known.complete()) {
                    judgements.add(CompletableFuture.completedFuture(
                            new Judgement(submission, known.fromCache(), null, true, 0)));
                    progress.accept(done.incrementAndGet(), total);
                    continue;
                }
                slots.acquire();
                var run = pool.submit(known.request(), known::heard, hashedProblem.blobs());
                inFlight.add(run);
                judgements.add(run.handle((result, error) -> {
                            if (error != null) {
                                return new Judgement(submission, null, message(error), false, 0);
                            }
                            return new Judgement(submission, known.withFresh(result), null, false,
                                    known.testsToRun());
                        })
                        .whenComplete((r, e) -> {
                            slots.release();
                            progress.accept(done.incrementAndGet(), total);
                        }));
            }
            List<Judgement> result = new ArrayList<>();
            for (CompletableFuture<Judgement> judgement : judgements) {
                result.add(judgement.join());
            }
            result.sort(Comparator.comparing(j -> j.submission().student()));
            return result;
        } catch (InterruptedException | RuntimeException e) {
            inFlight.forEach(run -> run.cancel(true)); // what finished is in the cache; the rest is judged next time
            throw e;
        }
    }

    /** The request that judges {@code submission} on all of {@code problem}'s tests. */
    public static RunRequest requestFor(ProblemPackage problem, Submission submission) {
        return submission.program().judgeRequest(problem);
    }

    private static String message(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
