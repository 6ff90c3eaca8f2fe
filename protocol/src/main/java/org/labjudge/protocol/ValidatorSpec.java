package org.labjudge.protocol;

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
 */
public record ValidatorSpec(String language, List<SourceFile> files, Limits limits) {

    public ValidatorSpec {
        Checks.requiredText("validator.language", language);
        files = Checks.list("validator.files", files);
        limits = limits == null ? Limits.NONE : limits;
    }

    /** The value problems of the spec ({@code "validator.limits.timeMs must be positive"}); empty when none. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add("validator.files must name at least one source file");
        }
        limits.problems().forEach(p -> problems.add("validator." + p));
        return List.copyOf(problems);
    }
}
