package org.labjudge.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * What a client asks a node to do ({@code POST /api/v1/runs}): compile {@code source} once, then run
 * it once per test (or once, fed {@code stdin}, when there are no tests) under {@code limits}, and
 * judge each output with {@code checker}. {@code language} and {@code source} are required; lists
 * left out are empty, {@code stdin} left out is empty, {@code limits} left out is {@link Limits#NONE}
 * and {@code checker} left out is {@link CheckerSpec#DEFAULT}, so the accessors never return {@code null}.
 * {@code validator}, when given, judges every test with expected output instead of {@code checker}; it is
 * {@code null} when left out. {@code scoring}, when given, scores the tests by groups (a scoring problem);
 * {@code null} when left out (pass/fail).
 *
 * <p>A program of several files leaves {@code source} out ({@code null}) and sends every file in {@code files}
 * under its own name: the node finds the main file by the language's rule and compiles the sources with it
 * (docs/languages.md, "Several files"). {@code problem}, the problem's short name, is what some of those rules
 * look for (Python's {@code <problem>.py}); {@code null} when left out. With {@code source} given, {@code files}
 * only lie beside it, as before.
 */
public record RunRequest(String language, String source, List<SourceFile> files, String stdin, List<String> args,
                         Limits limits, List<TestCase> tests, CheckerSpec checker, boolean stopOnFirstFailure,
                         ValidatorSpec validator, Scoring scoring, String problem) {

    public RunRequest {
        Checks.requiredText("language", language);
        if (source == null && (files == null || files.isEmpty())) {
            throw ProtocolException.required("source");
        }
        files = Checks.list("files", files);
        stdin = stdin == null ? "" : stdin;
        args = Checks.list("args", args);
        limits = limits == null ? Limits.NONE : limits;
        tests = Checks.list("tests", tests);
        checker = checker == null ? CheckerSpec.DEFAULT : checker;
    }

    /** A request of one source file, or of several without a problem name. */
    public RunRequest(String language, String source, List<SourceFile> files, String stdin, List<String> args,
            Limits limits, List<TestCase> tests, CheckerSpec checker, boolean stopOnFirstFailure,
            ValidatorSpec validator, Scoring scoring) {
        this(language, source, files, stdin, args, limits, tests, checker, stopOnFirstFailure, validator, scoring,
                null);
    }

    /** A request without a custom validator (the fields of protocol v1 before validators). */
    public RunRequest(String language, String source, List<SourceFile> files, String stdin, List<String> args,
            Limits limits, List<TestCase> tests, CheckerSpec checker, boolean stopOnFirstFailure) {
        this(language, source, files, stdin, args, limits, tests, checker, stopOnFirstFailure, null, null);
    }

    /** A request that runs {@code source} once with empty stdin, default limits and no tests. */
    public static RunRequest of(String language, String source) {
        return new RunRequest(language, source, null, null, null, null, null, null, false);
    }

    /** This request with other tests. */
    public RunRequest withTests(List<TestCase> newTests) {
        return new RunRequest(language, source, files, stdin, args, limits, newTests, checker, stopOnFirstFailure, validator, scoring, problem);
    }

    /** This request with other stdin (used when there are no tests). */
    public RunRequest withStdin(String newStdin) {
        return new RunRequest(language, source, files, newStdin, args, limits, tests, checker, stopOnFirstFailure, validator, scoring, problem);
    }

    /** This request with other limits. */
    public RunRequest withLimits(Limits newLimits) {
        return new RunRequest(language, source, files, stdin, args, newLimits, tests, checker, stopOnFirstFailure, validator, scoring, problem);
    }

    /** This request stopping, or not, at its first failed test. */
    public RunRequest withStopOnFirstFailure(boolean stop) {
        return new RunRequest(language, source, files, stdin, args, limits, tests, checker, stop, validator, scoring,
                problem);
    }

    /** This request with another checker. */
    public RunRequest withChecker(CheckerSpec newChecker) {
        return new RunRequest(language, source, files, stdin, args, limits, tests, newChecker, stopOnFirstFailure, validator, scoring, problem);
    }

    /**
     * A program of several {@code files}, each under its own name, whose main file the node finds by the
     * language's rule; {@code problem} names the problem for the rules that look for it ({@code null}: none).
     */
    public static RunRequest ofFiles(String language, List<SourceFile> files, String problem) {
        return new RunRequest(language, null, files, null, null, null, null, null, false, null, null, problem);
    }

    /** This request as a program of several files (see {@link #ofFiles}): its source left out. */
    public RunRequest withProgram(List<SourceFile> newFiles, String newProblem) {
        return new RunRequest(language, null, newFiles, stdin, args, limits, tests, checker, stopOnFirstFailure,
                validator, scoring, newProblem);
    }

    /** This request judged by a custom output validator ({@code null}: by the checker). */
    public RunRequest withValidator(ValidatorSpec newValidator) {
        return new RunRequest(language, source, files, stdin, args, limits, tests, checker, stopOnFirstFailure,
                newValidator, scoring, problem);
    }

    /** This request scored by groups ({@code null}: pass/fail). */
    public RunRequest withScoring(Scoring newScoring) {
        return new RunRequest(language, source, files, stdin, args, limits, tests, checker, stopOnFirstFailure,
                validator, newScoring, problem);
    }

    /** The value problems of the limits, the checker and the validator; empty when none. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(limits.problems());
        problems.addAll(checker.problems());
        if (validator != null) {
            problems.addAll(validator.problems());
        }
        if (scoring != null) {
            problems.addAll(scoring.problems());
        }
        tests.forEach(test -> problems.addAll(test.problems()));
        files.stream().filter(f -> f.hash() != null).forEach(f -> problems.add("files '" + f.name()
                + "': a hash names a validator's file only; send the request's own files as content"));
        return List.copyOf(problems);
    }
}
