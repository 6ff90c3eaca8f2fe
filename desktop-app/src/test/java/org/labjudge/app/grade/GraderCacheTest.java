package org.labjudge.app.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.pool.StubNode;
import org.labjudge.app.submission.Submission;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.labjudge.protocol.Verdict;

/**
 * Grading against a stub node that counts the runs it receives: a rerun sends only what changed, and a grade
 * interrupted half-way sends only what it had not finished.
 */
class GraderCacheTest {

    @TempDir
    Path dir;

    private StubNode node;
    private Pool pool;

    @BeforeEach
    void start() throws Exception {
        node = StubNode.start("lab-01", 1, Duration.ofMillis(150));
        Path list = dir.resolve("nodes.json");
        Files.writeString(list, "{\"nodes\":[{\"name\":\"lab-01\",\"url\":\"" + node.url() + "\"}]}");
        pool = Pool.start(PoolConfig.defaults().withNodeList(list.toString()).withEmbeddedNode(false));
    }

    @AfterEach
    void stop() {
        pool.close();
        node.close();
    }

    @Test
    void aRerunJudgesOnlyTheSubmissionsWhoseCodeChangedAndOnlyTheTestsWhoseDataChanged() throws Exception {
        Path problemDir = GradeFixtures.passFail(dir);
        ProblemPackage problem = ProblemPackages.load(problemDir);
        List<Submission> submissions = submissions(4);
        ResultCache cache = ResultCache.in(dir.resolve("cache"));

        List<Judgement> first = new Grader(pool, 2, cache).judge(problem, submissions, (d, t) -> { });
        assertThat(node.received()).isEqualTo(4);
        assertThat(first).noneMatch(Judgement::cached);

        List<Judgement> again = new Grader(pool, 2, cache).judge(problem, submissions, (d, t) -> { });
        assertThat(node.received()).as("nothing changed: nothing sent").isEqualTo(4);
        assertThat(again).allMatch(Judgement::cached);
        assertThat(again).extracting(j -> j.result().verdict()).isEqualTo(first.stream().map(j -> j.result().verdict())
                .toList());

        List<Submission> changed = new ArrayList<>(submissions);
        changed.set(1, GradeFixtures.submission(dir, "s1", "print('WRONG now')"));
        List<Judgement> third = new Grader(pool, 2, cache).judge(problem, changed, (d, t) -> { });
        assertThat(node.received()).as("one submission changed").isEqualTo(5);
        assertThat(third).filteredOn(j -> !j.cached()).extracting(j -> j.submission().student()).containsExactly("s1");

        GradeFixtures.write(problemDir.resolve("data/secret/b/1.ans"), "11\n"); // the teacher fixes a test
        List<Integer> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        node.judge(request -> {
            sent.add(request.tests().size());
            return request.source().contains("WRONG") ? Verdict.WRONG_ANSWER : Verdict.ACCEPTED;
        });
        List<Judgement> fourth = new Grader(pool, 2, cache).judge(ProblemPackages.load(problemDir), changed,
                (d, t) -> { });
        assertThat(node.received()).as("one test changed: each submission is sent again").isEqualTo(9);
        assertThat(sent).as("with that one test only").containsExactly(1, 1, 1, 1);
        assertThat(fourth).extracting(Judgement::testsRun).containsOnly(1);
        assertThat(fourth.get(0).result().tests()).hasSize(4);
    }

    @Test
    void anInterruptedGradeResumesWhereItStopped() throws Exception {
        ProblemPackage problem = ProblemPackages.load(GradeFixtures.passFail(dir));
        List<Submission> submissions = submissions(8);
        ResultCache cache = ResultCache.in(dir.resolve("cache"));
        CountDownLatch threeDone = new CountDownLatch(3);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread grading = new Thread(() -> {
            try {
                new Grader(pool, 1, cache).judge(problem, submissions, (done, total) -> threeDone.countDown());
            } catch (Throwable e) {
                ended.set(e);
            }
        });
        grading.start();
        threeDone.await();
        grading.interrupt(); // Ctrl+C, or the laptop's lid
        grading.join();
        assertThat(ended.get()).isInstanceOf(InterruptedException.class);
        // A call cancelled by the interruption may still reach the node a moment later: count once it is quiet.
        int[] last = {-1};
        org.awaitility.Awaitility.await().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(10))
                .until(() -> { int now = node.received(); boolean quiet = now == last[0]; last[0] = now; return quiet; });
        int sentBefore = node.received();
        assertThat(sentBefore).isLessThan(8);

        List<Judgement> resumed = new Grader(pool, 2, cache).judge(problem, submissions, (d, t) -> { });

        long reused = resumed.stream().filter(Judgement::cached).count();
        assertThat(reused).as("the three finished before the interruption").isGreaterThanOrEqualTo(3);
        assertThat(node.received() - sentBefore).as("only the rest is sent").isEqualTo(8 - reused);
        assertThat(resumed).hasSize(8).allMatch(Judgement::judged);
    }

    private List<Submission> submissions(int n) throws Exception {
        List<Submission> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(GradeFixtures.submission(dir, "s" + i, i % 2 == 0 ? "print(" + i + ")" : "print('WRONG" + i + "')"));
        }
        return list;
    }
}
