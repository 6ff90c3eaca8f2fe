package org.labjudge.app.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labjudge.protocol.Verdict.ACCEPTED;
import static org.labjudge.protocol.Verdict.WRONG_ANSWER;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.grade.GradeRow.Arrival;
import org.labjudge.app.grade.GradeRow.GroupScore;
import org.labjudge.app.submission.Submission;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.labjudge.protocol.GroupResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** A judgement becomes a row: cells, first failure, compiler message, and the score by groups. */
class RowMakerTest {

    @TempDir
    Path dir;

    @Test
    void aPassFailProblemScoresOnePointPerTestWithoutWeights() throws Exception {
        ProblemPackage problem = ProblemPackages.load(GradeFixtures.passFail(dir));
        RowMaker maker = new RowMaker(problem, GroupWeights.EQUAL);
        Submission bob = GradeFixtures.submission(dir, "bob", "print(7)");

        GradeRow row = maker.judged(bob, Arrival.ON_TIME, GradeFixtures.result(WRONG_ANSWER, "sample/1", ACCEPTED,
                "secret/a/1", ACCEPTED, "secret/a/2", WRONG_ANSWER, "secret/b/1", WRONG_ANSWER), false);

        assertThat(row.score()).isEqualTo(2);
        assertThat(row.maxScore()).isEqualTo(4);
        assertThat(row.testsPassed()).isEqualTo(2);
        assertThat(row.groups()).containsExactly(new GroupScore("sample", "ACCEPTED", 1, 1, 1, 1),
                new GroupScore("secret/a", "WRONG_ANSWER", 1, 2, 1, 2),
                new GroupScore("secret/b", "WRONG_ANSWER", 0, 1, 0, 1));
        assertThat(row.tests()).extracting(GradeRow.TestCell::verdict)
                .containsExactly("ACCEPTED", "ACCEPTED", "WRONG_ANSWER", "WRONG_ANSWER");
        assertThat(row.firstFailure().name()).isEqualTo("secret/a/2");
        assertThat(row.firstFailure().input()).isEqualTo("3 3\n");
        assertThat(row.firstFailure().expected()).isEqualTo("6\n");
        assertThat(row.firstFailure().actual()).isEqualTo("7\n");
        assertThat(row.error()).isNull();
    }

    @Test
    void weightsMakePartialCreditANumber() throws Exception {
        ProblemPackage problem = ProblemPackages.load(GradeFixtures.passFail(dir));
        GroupWeights weights = new GroupWeights(java.util.Map.of("secret/a", 40.0, "secret/b", 60.0), "test");
        RowMaker maker = new RowMaker(problem, weights);

        GradeRow row = maker.judged(GradeFixtures.submission(dir, "ann", "x"), Arrival.LATE,
                GradeFixtures.result(WRONG_ANSWER, "sample/1", ACCEPTED, "secret/a/1", ACCEPTED, "secret/a/2",
                        WRONG_ANSWER, "secret/b/1", ACCEPTED), false);

        assertThat(maker.maxScore()).isEqualTo(100);
        assertThat(row.score()).isEqualTo(80); // half of a's 40, all of b's 60; the sample weighs nothing
        assertThat(row.groups()).extracting(GroupScore::name).containsExactly("secret/a", "secret/b");
        assertThat(row.arrival()).isEqualTo(Arrival.LATE);
    }

    @Test
    void aCompilationErrorKeepsTheCompilersMessageAndScoresZeroOfTheSameMaximum() throws Exception {
        ProblemPackage problem = ProblemPackages.load(GradeFixtures.passFail(dir));
        RowMaker maker = new RowMaker(problem, GroupWeights.EQUAL);

        GradeRow row = maker.judged(GradeFixtures.submission(dir, "cy", "def f(:"), Arrival.ON_TIME,
                GradeFixtures.compileError("  File \"main.py\", line 1\n    def f(:\nSyntaxError: invalid syntax\n"),
                false);

        assertThat(row.verdict()).isEqualTo("COMPILATION_ERROR");
        assertThat(row.compileFailed()).isTrue();
        assertThat(row.error()).isEqualTo("File \"main.py\", line 1\n    def f(:\nSyntaxError: invalid syntax");
        assertThat(row.errorHeadline()).isEqualTo("SyntaxError: invalid syntax");
        assertThat(row.score()).isZero();
        assertThat(row.maxScore()).isEqualTo(4);
        assertThat(row.testsTotal()).isEqualTo(4);
        assertThat(row.tests()).extracting(GradeRow.TestCell::verdict).containsOnly("COMPILATION_ERROR").hasSize(4);
        assertThat(row.groups()).extracting(GroupScore::verdict).containsOnly("COMPILATION_ERROR");
    }

    @Test
    void aScoringProblemTakesTheNodesGroupScoresAndTotal() throws Exception {
        Path problemDir = dir.resolve("inv");
        GradeFixtures.write(problemDir.resolve("problem.yaml"), "name: Inv\ntype: scoring\n");
        GradeFixtures.write(problemDir.resolve("data/sample/1.in"), "1\n");
        GradeFixtures.write(problemDir.resolve("data/sample/1.ans"), "1\n");
        GradeFixtures.write(problemDir.resolve("data/secret/small/testdata.yaml"), "accept_score: 10\nrange: 0 20\n");
        GradeFixtures.write(problemDir.resolve("data/secret/small/1.in"), "1\n");
        GradeFixtures.write(problemDir.resolve("data/secret/small/1.ans"), "1\n");
        GradeFixtures.write(problemDir.resolve("data/secret/small/2.in"), "2\n");
        GradeFixtures.write(problemDir.resolve("data/secret/small/2.ans"), "2\n");
        GradeFixtures.write(problemDir.resolve("data/secret/large/testdata.yaml"), "accept_score: 80\nrange: 0 80\n");
        GradeFixtures.write(problemDir.resolve("data/secret/large/1.in"), "3\n");
        GradeFixtures.write(problemDir.resolve("data/secret/large/1.ans"), "3\n");
        ProblemPackage problem = ProblemPackages.load(problemDir);
        RowMaker maker = new RowMaker(problem, GroupWeights.EQUAL);
        List<String> groupNames = problem.scoring().groups().stream().map(g -> g.name()).toList();

        GradeRow row = maker.judged(GradeFixtures.submission(dir, "dee", "x"), Arrival.ON_TIME,
                GradeFixtures.scored(10, List.of(test("sample/1", ACCEPTED, null), test("secret/large/1", WRONG_ANSWER,
                        0.0), test("secret/small/1", ACCEPTED, 10.0), test("secret/small/2", WRONG_ANSWER, 0.0)),
                        List.of(new GroupResult(groupNames.get(0), WRONG_ANSWER, 0, 80, 0, 1),
                                new GroupResult(groupNames.get(1), WRONG_ANSWER, 10, 20, 1, 2))), false);
        GradeRow none = maker.judged(GradeFixtures.submission(dir, "eve", "x"), Arrival.ON_TIME,
                GradeFixtures.compileError("bad"), false);

        assertThat(maker.maxScore()).isEqualTo(100);
        assertThat(row.score()).isEqualTo(10);
        assertThat(row.maxScore()).isEqualTo(100);
        assertThat(row.groups()).extracting(GroupScore::score).containsExactly(0.0, 10.0);
        assertThat(row.tests()).filteredOn(c -> c.name().equals("secret/small/1")).first()
                .extracting(GradeRow.TestCell::score).isEqualTo(10.0);
        assertThat(none.groups()).extracting(GroupScore::maxScore).containsExactlyInAnyOrder(80.0, 20.0);
        assertThat(none.score()).isZero();
    }

    @Test
    void aMissingStudentHasARowThatSaysSo() throws Exception {
        RowMaker maker = new RowMaker(ProblemPackages.load(GradeFixtures.passFail(dir)), GroupWeights.EQUAL);

        GradeRow row = maker.missing("fay");

        assertThat(row.verdict()).isEqualTo(GradeRow.MISSING);
        assertThat(row.arrival()).isEqualTo(Arrival.MISSING);
        assertThat(row.judged()).isFalse();
        assertThat(row.maxScore()).isEqualTo(4);
    }

    private static TestResult test(String name, Verdict verdict, Double score) {
        return new TestResult(name, verdict, 0, null, "", "", 5, 6, 100, false, null, null, null, score);
    }
}
