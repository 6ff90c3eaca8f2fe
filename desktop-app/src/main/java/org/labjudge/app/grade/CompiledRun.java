package org.labjudge.app.grade;

import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.Verdict;

/**
 * What the grade cache keeps of a submission's run besides its tests: the node that ran it last, the limits it
 * applied and the compilation ({@code null} for a language without a build step). A failed compilation
 * settles the whole run: no test of it is run again until the submission's key changes.
 */
public record CompiledRun(String nodeId, Limits limits, CompileResult compile) {

    /** Whether the submission did not compile. */
    public boolean failed() {
        return compile != null && compile.verdict() == Verdict.COMPILATION_ERROR;
    }
}
