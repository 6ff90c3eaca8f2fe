package org.labjudge.app.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.labjudge.app.submission.Submission;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.GroupResult;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** Problem packages on disk and node results as values, for the grade package's unit tests. */
final class GradeFixtures {

    private GradeFixtures() {
    }

    /** A pass/fail "sum" package: one sample, secret groups a (2 tests) and b (1 test). */
    static Path passFail(Path dir) throws IOException {
        Path problem = dir.resolve("sum");
        write(problem.resolve("problem.yaml"), "name: Sum\nlimits:\n  time_limit: 1\n");
        write(problem.resolve("data/sample/1.in"), "1 2\n");
        write(problem.resolve("data/sample/1.ans"), "3\n");
        write(problem.resolve("data/secret/a/1.in"), "2 2\n");
        write(problem.resolve("data/secret/a/1.ans"), "4\n");
        write(problem.resolve("data/secret/a/2.in"), "3 3\n");
        write(problem.resolve("data/secret/a/2.ans"), "6\n");
        write(problem.resolve("data/secret/b/1.in"), "5 5\n");
        write(problem.resolve("data/secret/b/1.ans"), "10\n");
        return problem;
    }

    static Submission submission(Path dir, String student, String source) throws IOException {
        Path file = dir.resolve(student.replaceAll("[^A-Za-z0-9_-]", "_") + ".py");
        Files.writeString(file, source);
        return new Submission(student, file, "python", source, List.of(), null);
    }

    /** A result with one test per (name, verdict) pair, on node lab-01. */
    static RunResult result(Verdict overall, Object... namesAndVerdicts) {
        List<TestResult> tests = new ArrayList<>();
        for (int i = 0; i < namesAndVerdicts.length; i += 2) {
            Verdict v = (Verdict) namesAndVerdicts[i + 1];
            tests.add(new TestResult((String) namesAndVerdicts[i], v, 0, null, v == Verdict.ACCEPTED ? "ok\n" : "7\n",
                    v == Verdict.RUNTIME_ERROR ? "Traceback: boom\n" : "", 10 + i, 12 + i, 1000, false, null));
        }
        return new RunResult("r1", "lab-01", "python", overall, null, tests, null, 0, 50);
    }

    /** A run that did not compile, shaped as a node answers it: every test of {@link #passFail} SKIPPED. */
    static RunResult compileError(String message) {
        List<TestResult> skipped = new ArrayList<>();
        for (String name : List.of("sample/1", "secret/a/1", "secret/a/2", "secret/b/1")) {
            skipped.add(new TestResult(name, Verdict.SKIPPED, null, null, "", "", 0, 0, 0, false, null));
        }
        return new RunResult("r2", "lab-01", "python", Verdict.COMPILATION_ERROR,
                new CompileResult(1, "", message, 30, 40, false, Verdict.COMPILATION_ERROR), skipped, null, 0, 50);
    }

    static RunResult scored(double score, List<TestResult> tests, List<GroupResult> groups) {
        return new RunResult("r3", "lab-02", "python", Verdict.WRONG_ANSWER, null, tests, null, 0, 50, score, groups);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
