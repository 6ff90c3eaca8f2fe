package org.labjudge.node.judge;

import java.util.List;
import org.labjudge.node.judge.validate.ValidatorProgram;
import org.labjudge.node.language.Language;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;

/**
 * A validated request, ready for the judge: its language resolved, its limits complete and
 * clamped, its tests never empty (a request without tests is one test named {@code run}); {@code validator}
 * is its custom output validator, {@code null} when the checker judges; {@code scoring} scores its groups,
 * {@code null} for a pass/fail run.
 */
record PreparedRun(
        Language language,
        String source,
        List<SourceFile> files,
        List<String> args,
        Limits limits,
        List<TestCase> tests,
        CheckerSpec checker,
        boolean stopOnFirstFailure,
        ValidatorProgram validator,
        Scoring scoring) {

    PreparedRun {
        files = List.copyOf(files);
        args = List.copyOf(args);
        tests = List.copyOf(tests);
    }

    /** This run with the language's commands varied by a front-end. */
    PreparedRun withLanguage(Language newLanguage) {
        return new PreparedRun(newLanguage, source, files, args, limits, tests, checker, stopOnFirstFailure,
                validator, scoring);
    }
}
