package org.labjudge.problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.ValidatorSpec;

/**
 * A problem imported from a Kattis / ICPC problem package: its short {@code id} (the folder's name),
 * display {@code name}, statement as Markdown, the {@link Limits} and {@link CheckerSpec} its
 * {@code problem.yaml} asks for, the sample tests (shown to the student) and the secret tests (judged,
 * not shown), each named after its file ({@code "sample/1"}, {@code "secret/group1/03"}).
 * {@code directory} is where it was loaded from. {@code validator} is its custom output validator, which then
 * judges in place of the checker, each test carrying the validator's flags; {@code null} when it has none.
 * {@code scoring} is how a scoring problem ({@code type: scoring}) scores its secret test groups; {@code null}
 * for a pass/fail problem. {@code interactions} are the sample dialogues ({@code data/sample/*.interaction}) of an
 * interactive or multi-pass problem, which a student sees in place of its samples' input and answer.
 */
public record ProblemPackage(String id, String name, String statementMarkdown, Limits limits, CheckerSpec checker,
                             List<TestCase> samples, List<TestCase> secretTests, Path directory,
                             ValidatorSpec validator, Scoring scoring, List<SampleInteraction> interactions) {

    /** A package judged by its checker (no custom validator). */
    public ProblemPackage(String id, String name, String statementMarkdown, Limits limits, CheckerSpec checker,
            List<TestCase> samples, List<TestCase> secretTests, Path directory) {
        this(id, name, statementMarkdown, limits, checker, samples, secretTests, directory, null, null, null);
    }

    /** A package without sample dialogues. */
    public ProblemPackage(String id, String name, String statementMarkdown, Limits limits, CheckerSpec checker,
            List<TestCase> samples, List<TestCase> secretTests, Path directory, ValidatorSpec validator,
            Scoring scoring) {
        this(id, name, statementMarkdown, limits, checker, samples, secretTests, directory, validator, scoring, null);
    }

    public ProblemPackage {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        statementMarkdown = statementMarkdown == null ? "" : statementMarkdown;
        limits = limits == null ? Limits.NONE : limits;
        checker = checker == null ? CheckerSpec.DEFAULT : checker;
        samples = samples == null ? List.of() : List.copyOf(samples);
        secretTests = secretTests == null ? List.of() : List.copyOf(secretTests);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
    }

    /** Whether the program talks with the validator while it runs (an interactive problem). */
    public boolean interactive() {
        return validator != null && validator.interactive();
    }

    /** Samples first, then secret tests: what a full judgement runs. */
    public List<TestCase> allTests() {
        List<TestCase> all = new ArrayList<>(samples);
        all.addAll(secretTests);
        return List.copyOf(all);
    }

    /** A request judging {@code source} on the samples only (what a student's "run samples" does). */
    public RunRequest sampleRequest(String language, String source) {
        return request(language, source, samples);
    }

    /** A request judging {@code source} on samples and secret tests, with this problem's limits and validator. */
    public RunRequest judgeRequest(String language, String source) {
        return request(language, source, allTests());
    }

    private RunRequest request(String language, String source, List<TestCase> tests) {
        return new RunRequest(language, source, null, null, null, limits, tests, checker, false, validator,
                scoringOf(tests));
    }

    /** The scoring of a request that runs {@code tests}: the groups, each with only the tests run. */
    private Scoring scoringOf(List<TestCase> tests) {
        if (scoring == null) {
            return null;
        }
        Set<String> run = new HashSet<>();
        tests.forEach(t -> run.add(t.name()));
        return scoring.restrictedTo(run);
    }
}
