package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem's custom output validator (the {@code "validator"} of a {@link RunRequest}), in place of the
 * {@link CheckerSpec checker}: its source {@code files} (headers such as {@code validate.h} beside them) in
 * {@code language} ({@code c}, {@code cpp}, {@code python} or {@code java}), and the package's validation
 * {@code limits} ({@code timeMs}, {@code wallTimeMs}, {@code memoryMb}, {@code outputKb}: all its output,
 * feedback files included); limits left out take the node's. The node compiles it once and keeps it, runs it
 * per test in a sandbox of its own as {@code validator input answer feedback_dir [flags] < program_output},
 * and reads exit code 42 as accepted, 43 as wrong answer, anything else as {@link Verdict#JUDGE_ERROR}.
 *
 * <p>{@code interactive} (an interactive problem): the validator runs at the same time as the program, its
 * stdout joined to the program's stdin and the program's stdout to its stdin (written only when true).
 * {@code passes} (a multi-pass problem): the most times the program runs on one test, each pass after the first
 * fed the {@code nextpass.in} the validator wrote in the pass before; {@code null} (left out) for one pass.
 */
public record ValidatorSpec(String language, List<SourceFile> files, Limits limits,
                            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean interactive, Integer passes) {
    /** The most passes a multi-pass validator may ask for. */
    public static final int MAX_PASSES = 100;

    public ValidatorSpec {
        Checks.requiredText("validator.language", language);
        files = Checks.list("validator.files", files);
        limits = limits == null ? Limits.NONE : limits;
    }

    /** A validator that judges each test's whole output once (the fields before interactive and multi-pass). */
    public ValidatorSpec(String language, List<SourceFile> files, Limits limits) {
        this(language, files, limits, false, null);
    }

    /** This validator run interactively with the program, or not. */
    public ValidatorSpec withInteractive(boolean newInteractive) {
        return new ValidatorSpec(language, files, limits, newInteractive, passes);
    }

    /** This validator with at most {@code newPasses} passes per test ({@code null}: one). */
    public ValidatorSpec withPasses(Integer newPasses) {
        return new ValidatorSpec(language, files, limits, interactive, newPasses);
    }

    /** This validator with other files (its files by hash, or their text in place of the hashes). */
    public ValidatorSpec withFiles(List<SourceFile> newFiles) {
        return new ValidatorSpec(language, newFiles, limits, interactive, passes);
    }

    /** The passes a test may take: {@code passes}, or 1 when left out. */
    public int passLimit() {
        return passes == null ? 1 : passes;
    }

    /** The value problems of the spec ({@code "validator.limits.timeMs must be positive"}); empty when none. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add("validator.files must name at least one source file");
        }
        if (passes != null && (passes < 2 || passes > MAX_PASSES)) {
            problems.add("validator.passes must be between 2 and " + MAX_PASSES + " (a multi-pass problem's"
                    + " validation_passes), got " + passes);
        }
        files.forEach(f -> problems.addAll(f.problems("validator.files")));
        limits.problems().forEach(p -> problems.add("validator." + p));
        return List.copyOf(problems);
    }
}
