package org.labjudge.app.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.submission.Submission;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.problem.ProblemPackage;

/**
 * Grades a class's submissions for one problem over the pool: every submission is judged on all the
 * problem's tests (samples and secret), at most {@code parallel} at a time, so the pool's balancing spreads
 * them over the nodes. A submission the pool could not judge gets a {@code NOT_JUDGED} row with the reason;
 * none is dropped.
 */
public final class Grader {

    private final Pool pool;
    private final int parallel;

    public Grader(Pool pool, int parallel) {
        this.pool = pool;
        this.parallel = Math.max(1, parallel);
    }

    /**
     * Grades {@code submissions}; {@code progress} hears (done, total) after each one, from pool threads.
     *
     * @return one row per submission, sorted by student
     */
    public List<GradeRow> grade(ProblemPackage problem, List<Submission> submissions,
                                BiConsumer<Integer, Integer> progress) throws InterruptedException {
        Semaphore slots = new Semaphore(parallel);
        AtomicInteger done = new AtomicInteger();
        int total = submissions.size();
        List<CompletableFuture<GradeRow>> rows = new ArrayList<>();
        for (Submission submission : submissions) {
            if (!submission.usable()) {
                rows.add(CompletableFuture.completedFuture(notJudged(submission, submission.problem())));
                progress.accept(done.incrementAndGet(), total);
                continue;
            }
            slots.acquire();
            RunRequest request = problem.judgeRequest(submission.language(), submission.source());
            if (!submission.files().isEmpty()) {
                request = new RunRequest(request.language(), request.source(), submission.files(), null, null,
                        request.limits(), request.tests(), request.checker(), false);
            }
            CompletableFuture<GradeRow> row = pool.submit(request)
                    .handle((result, error) -> error == null ? judged(submission, result)
                            : notJudged(submission, message(error)))
                    .whenComplete((r, e) -> {
                        slots.release();
                        progress.accept(done.incrementAndGet(), total);
                    });
            rows.add(row);
        }
        List<GradeRow> result = new ArrayList<>();
        for (CompletableFuture<GradeRow> row : rows) {
            result.add(row.join());
        }
        result.sort(Comparator.comparing(GradeRow::student));
        return result;
    }

    static GradeRow judged(Submission submission, RunResult result) {
        int passed = 0;
        long maxTime = 0;
        for (TestResult test : result.tests()) {
            if (test.passed()) {
                passed++;
            }
            maxTime = Math.max(maxTime, test.timeMs());
        }
        String verdict = result.verdict() == null ? "INTERNAL_ERROR" : result.verdict().name();
        int total = result.tests().size();
        return new GradeRow(submission.student(), submission.path().getFileName().toString(), verdict, passed, total,
                maxTime, result.nodeId(), null);
    }

    private static GradeRow notJudged(Submission submission, String why) {
        return new GradeRow(submission.student(), submission.path().getFileName().toString(), GradeRow.NOT_JUDGED, 0,
                0, 0, null, why);
    }

    private static String message(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
