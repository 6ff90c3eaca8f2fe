package org.labjudge.app.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labjudge.app.grade.GradeRow.Arrival;
import org.labjudge.app.grade.GradeRow.FailedTest;
import org.labjudge.app.grade.GradeRow.GroupScore;
import org.labjudge.app.grade.GradeRow.TestCell;
import org.labjudge.app.submission.Submission;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.GroupResult;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * Turns a judgement into a student's report row: the matrix cells, the first failed test, the compiler's
 * message, and the score. A scoring problem's score and group scores are the node's; a pass/fail problem's
 * are the {@link GroupWeights} applied to the tests passed, so a submission that compiled nothing scores 0
 * of the same maximum as everyone else.
 */
public final class RowMaker {

    /** Text kept of an input, output or message in a report (a report is read, not diffed by machines). */
    static final int KEPT_CHARS = 4000;

    private final ProblemPackage problem;
    private final GroupWeights weights;
    private final Map<String, TestCase> testsByName = new HashMap<>();

    public RowMaker(ProblemPackage problem, GroupWeights weights) {
        this.problem = problem;
        this.weights = weights;
        problem.allTests().forEach(t -> testsByName.put(t.name(), t));
    }

    /** The most any student can score on this problem. */
    public double maxScore() {
        if (problem.scoring() != null) {
            return problem.scoring().possibleScore();
        }
        return passFailGroups(Map.of(), Verdict.SKIPPED.name()).stream().mapToDouble(GroupScore::maxScore).sum();
    }

    public GradeRow judged(Submission submission, Arrival arrival, RunResult result, boolean cached) {
        // A run that did not compile ran no test (a node reports them SKIPPED): every cell is the compile error.
        boolean compiled = result.verdict() != Verdict.COMPILATION_ERROR;
        String unrun = compiled ? Verdict.SKIPPED.name() : Verdict.COMPILATION_ERROR.name();
        Map<String, TestResult> byName = new LinkedHashMap<>();
        if (compiled) {
            result.tests().forEach(t -> byName.put(t.name(), t));
        }
        List<TestCell> cells = new ArrayList<>();
        int passed = 0;
        long maxTime = 0;
        FailedTest firstFailure = null;
        for (TestCase test : problem.allTests()) {
            TestResult got = byName.get(test.name());
            if (got == null) {
                cells.add(new TestCell(test.name(), unrun, 0, null, null));
                continue;
            }
            cells.add(new TestCell(test.name(), got.verdict() == null ? "INTERNAL_ERROR" : got.verdict().name(),
                    got.timeMs(), got.score(), got.passes()));
            maxTime = Math.max(maxTime, got.timeMs());
            if (got.passed()) {
                passed++;
            } else if (firstFailure == null && got.verdict() != Verdict.SKIPPED) {
                firstFailure = new FailedTest(test.name(), got.verdict().name(), keep(test.input()),
                        keep(test.expected()), keep(got.stdout()), keep(got.stderr()), got.message(),
                        keep(got.feedback()), keep(got.judgeMessage()), got.passes(), problem.interactive());
            }
        }
        String verdict = result.verdict() == null ? "INTERNAL_ERROR" : result.verdict().name();
        List<GroupScore> groups;
        double score;
        if (problem.scoring() != null) {
            groups = scoredGroups(result);
            score = result.score() == null ? 0 : result.score();
        } else {
            groups = passFailGroups(byName, unrun);
            score = groups.stream().mapToDouble(GroupScore::score).sum();
        }
        return new GradeRow(submission.student(), fileOf(submission), submission.language(), arrival, verdict, passed,
                problem.allTests().size(), maxTime, result.nodeId(), compileError(result.compile()), score, maxScore(),
                groups, cells, firstFailure, cached);
    }

    public GradeRow notJudged(Submission submission, Arrival arrival, String why) {
        return new GradeRow(submission.student(), fileOf(submission), submission.language(), arrival,
                GradeRow.NOT_JUDGED, 0, problem.allTests().size(), 0, null, why, 0, maxScore(), List.of(), List.of(),
                null, false);
    }

    public GradeRow missing(String student) {
        return new GradeRow(student, null, null, Arrival.MISSING, GradeRow.MISSING, 0, problem.allTests().size(), 0,
                null, "no submission", 0, maxScore(), List.of(), List.of(), null, false);
    }

    /** The node's group scores; for a run that never reached the tests, each group at 0 of its maximum. */
    private List<GroupScore> scoredGroups(RunResult result) {
        List<GroupScore> groups = new ArrayList<>();
        if (!result.groups().isEmpty()) {
            for (GroupResult g : result.groups()) {
                groups.add(new GroupScore(g.name(), g.verdict() == null ? null : g.verdict().name(), g.score(),
                        g.maxScore(), g.passed(), g.tests()));
            }
            return groups;
        }
        problem.scoring().groups().forEach(g -> groups.add(
                new GroupScore(g.name(), result.verdict() == null ? null : result.verdict().name(), 0,
                        g.possibleScore(), 0, g.tests().size())));
        return groups;
    }

    /**
     * The weighted groups of a pass/fail problem, each scoring its weight times its share of tests passed; a
     * group's verdict is its first test's that did not pass ({@code unrun} for a test without a result).
     */
    private List<GroupScore> passFailGroups(Map<String, TestResult> byName, String unrun) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // group -> {passed, tests}
        Map<String, String> verdicts = new HashMap<>();
        for (TestCase test : problem.allTests()) {
            String group = weights.groupOf(test.name()).orElse(null);
            if (group == null) {
                continue;
            }
            int[] count = counts.computeIfAbsent(group, g -> new int[2]);
            count[1]++;
            TestResult got = byName.get(test.name());
            if (got != null && got.passed()) {
                count[0]++;
            } else if (!verdicts.containsKey(group)) {
                verdicts.put(group, got == null || got.verdict() == null ? unrun : got.verdict().name());
            }
        }
        List<GroupScore> groups = new ArrayList<>();
        counts.forEach((group, count) -> {
            double weight = weights.weightOf(group, count[1]);
            groups.add(new GroupScore(group, verdicts.getOrDefault(group, Verdict.ACCEPTED.name()),
                    weight * count[0] / count[1], weight, count[0], count[1]));
        });
        return groups;
    }

    private static String compileError(CompileResult compile) {
        if (compile == null || compile.verdict() == null || compile.verdict() == Verdict.OK) {
            return null;
        }
        String text = compile.stderr() == null || compile.stderr().isBlank() ? compile.stdout() : compile.stderr();
        return text == null || text.isBlank() ? "compilation failed (" + compile.verdict() + ", no message)"
                : keep(text.strip());
    }

    private static String fileOf(Submission submission) {
        return submission.path() == null ? null : submission.path().getFileName().toString();
    }

    static String keep(String text) {
        if (text == null || text.length() <= KEPT_CHARS) {
            return text;
        }
        return text.substring(0, KEPT_CHARS) + "\n... (" + (text.length() - KEPT_CHARS) + " more characters)";
    }
}
