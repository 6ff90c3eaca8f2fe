package org.labjudge.node.api.piston;

import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** The node's result in Piston's answer shape. */
final class PistonResults {
    private static final String SIGKILL = "SIGKILL";

    private PistonResults() {
    }

    /** @param compiled whether the language compiles; an interpreted one's syntax check is no Piston stage */
    static PistonAnswer of(RunResult result, String language, String version, boolean compiled) {
        PistonStage built = result.compile() == null ? null : compile(result.compile());
        boolean failedToBuild = result.verdict() == Verdict.COMPILATION_ERROR && built != null;
        if (!compiled) {
            // Piston runs an interpreted program at once: a syntax error is its run stage failing.
            return new PistonAnswer(language, version, failedToBuild ? built : run(result.tests().get(0)), null);
        }
        // Piston's rule: when the compile stage failed there is no run stage, and "run" repeats "compile".
        return new PistonAnswer(language, version, failedToBuild ? built : run(result.tests().get(0)), built);
    }

    private static PistonStage compile(CompileResult compile) {
        // A node from before the compiler's memory was measured answers 0: Piston's memory is then unknown (null).
        Long memory = compile.memoryKb() > 0 ? compile.memoryKb() * 1024 : null;
        return new PistonStage(compile.stdout(), compile.stderr(), compile.exitCode(), null,
                compile.stdout() + compile.stderr(), memory, null,
                compile.verdict() == Verdict.OK ? null : "RE", compile.timeMs(), compile.wallTimeMs());
    }

    private static PistonStage run(TestResult test) {
        String status = status(test);
        // Piston reports a kill for a time or output limit as SIGKILL with no exit code.
        boolean killed = "TO".equals(status) || "OL".equals(status);
        String signal = killed && test.signal() == null ? SIGKILL : test.signal();
        Integer code = signal != null ? null : test.exitCode();
        return new PistonStage(test.stdout(), test.stderr(), code, signal, test.stdout() + test.stderr(),
                test.memoryKb() * 1024, test.message(), status, test.timeMs(), test.wallTimeMs());
    }

    /** Isolate's status letters, as Piston passes them on. */
    private static String status(TestResult test) {
        return switch (test.verdict()) {
            case OK, ACCEPTED -> null;
            case RUNTIME_ERROR -> test.signal() != null ? "SG" : "RE";
            case TIME_LIMIT_EXCEEDED -> "TO";
            case OUTPUT_LIMIT_EXCEEDED -> "OL";
            case MEMORY_LIMIT_EXCEEDED -> "SG";
            case INTERNAL_ERROR, SKIPPED, WRONG_ANSWER, COMPILATION_ERROR, JUDGE_ERROR -> "XX";
        };
    }
}
