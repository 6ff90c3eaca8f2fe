package org.labjudge.node.api.jobe;

import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/** The node's verdicts as Jobe's outcome codes, and back. */
public final class JobeOutcomes {
    private JobeOutcomes() {
    }

    static JobeResult of(RunResult result) {
        CompileResult compile = result.compile();
        if (compile != null && compile.verdict() != Verdict.OK) {
            return new JobeResult(result.id(), JobeResult.COMPILATION_ERROR, cmpinfo(compile), "", "");
        }
        TestResult run = result.tests().get(0);
        int outcome = outcome(run);
        // Jobe answers its own failure (20) with the reason on stderr; the node's is the test's message.
        String stderr = outcome == JobeResult.INTERNAL_ERROR && run.stderr().isEmpty() && run.message() != null
                ? run.message() : run.stderr();
        return new JobeResult(result.id(), outcome, "", run.stdout(), stderr);
    }

    private static int outcome(TestResult run) {
        return switch (run.verdict()) {
            // Jobe's rule: a program that wrote to stderr failed, whatever its exit status.
            case OK, ACCEPTED -> run.stderr().isEmpty() ? JobeResult.SUCCESS : JobeResult.RUNTIME_ERROR;
            // Jobe judges by stderr, not by how the node saw the program's end: one that exited 0 and
            // wrote nothing there (say after its forks hit the process cap) succeeded.
            case RUNTIME_ERROR -> exitedCleanly(run) ? JobeResult.SUCCESS : JobeResult.RUNTIME_ERROR;
            // Jobe caps a stream and lets the program run on into its time limit: a flood ends as 13.
            case TIME_LIMIT_EXCEEDED, OUTPUT_LIMIT_EXCEEDED -> JobeResult.TIME_LIMIT;
            case MEMORY_LIMIT_EXCEEDED -> JobeResult.MEMORY_LIMIT;
            // Jobe runs carry no tests, so no validator judges them; JUDGE_ERROR cannot arise but maps with the rest.
            case INTERNAL_ERROR, SKIPPED, WRONG_ANSWER, COMPILATION_ERROR, JUDGE_ERROR -> JobeResult.INTERNAL_ERROR;
        };
    }

    /**
     * The verdict an outcome code stands for, for counting a Jobe answer that arrives as Jobe's (a gateway's runs):
     * 13 is counted as TIME_LIMIT_EXCEEDED, since Jobe's 13 does not tell output past the cap apart.
     */
    public static Verdict verdictOf(int outcome) {
        return switch (outcome) {
            case JobeResult.SUCCESS -> Verdict.OK;
            case JobeResult.COMPILATION_ERROR -> Verdict.COMPILATION_ERROR;
            case JobeResult.RUNTIME_ERROR, JobeResult.ILLEGAL_SYSCALL -> Verdict.RUNTIME_ERROR;
            case JobeResult.TIME_LIMIT -> Verdict.TIME_LIMIT_EXCEEDED;
            case JobeResult.MEMORY_LIMIT -> Verdict.MEMORY_LIMIT_EXCEEDED;
            default -> Verdict.INTERNAL_ERROR;
        };
    }

    private static boolean exitedCleanly(TestResult run) {
        return Integer.valueOf(0).equals(run.exitCode()) && run.signal() == null && run.stderr().isEmpty();
    }

    /** What the compiler said; never empty, since Jobe's clients take an empty cmpinfo for success. */
    private static String cmpinfo(CompileResult compile) {
        String said = (compile.stdout() + compile.stderr()).strip();
        return said.isEmpty() ? "compilation failed with exit code " + compile.exitCode() : compile.stdout() + compile.stderr();
    }
}
