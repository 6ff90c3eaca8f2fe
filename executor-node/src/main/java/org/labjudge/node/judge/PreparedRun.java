package org.labjudge.node.judge;

import java.util.List;
import org.labjudge.node.judge.validate.ValidatorProgram;
import org.labjudge.node.language.Entry;
import org.labjudge.node.language.Language;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;

/**
 * A validated request, ready for the judge: its language resolved, its limits complete and
 * clamped, its tests never empty (a request without tests is one test named {@code run}); {@code files} every
 * file written to the work directory under its name (a single source among them under its language's name),
 * {@code entry} where the program starts and what is compiled; {@code validator}
 * is its custom output validator, {@code null} when the checker judges; {@code scoring} scores its groups,
 * {@code null} for a pass/fail run.
 */
record PreparedRun(
        Language language,
        List<SourceFile> files,
        Entry entry,
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
        return new PreparedRun(newLanguage, files, entry, args, limits, tests, checker, stopOnFirstFailure,
                validator, scoring);
    }
}
