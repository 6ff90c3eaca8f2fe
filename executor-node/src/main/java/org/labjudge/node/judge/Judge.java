package org.labjudge.node.judge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.labjudge.protocol.score.GroupPlan;
import org.labjudge.node.judge.validate.Interaction;
import org.labjudge.node.judge.validate.InteractiveWiring;
import org.labjudge.node.judge.validate.OutputValidator;
import org.labjudge.node.judge.validate.Pass;
import org.labjudge.node.judge.validate.ValidationOutcome;
import org.labjudge.node.judge.validate.Validators;
import org.labjudge.node.language.Language;
import org.labjudge.node.sandbox.ExecFlag;
import org.labjudge.node.sandbox.ExecRequest;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * Judges one prepared run in one sandbox: writes the files, compiles once, runs every test,
 * classifies how each ended and checks its output.
 */
final class Judge {
    /**
     * Most output (stdout plus stderr, in characters) one run's answer keeps over all its tests.
     * Each test's output is capped, but a request may have a thousand tests at the largest cap:
     * without a cap per run, one request could make the node hold gigabytes until it answered.
     */
    static final long KEPT_OUTPUT_PER_RUN = 32L * 1024 * 1024;

    private final JudgeSettings settings;
    private final Validators validators;

    Judge(JudgeSettings settings, Validators validators) {
        this.settings = settings;
        this.validators = validators;
    }

    /**
     * Judges {@code run} in {@code sandbox}; {@code onTest} hears each test's result (skipped ones too) as soon as
     * it is known. An interactive run's {@code sandbox} mounts the pipe link {@code link}, which its validator's
     * sandbox then shares ({@code null} for other runs).
     */
    JudgeOutcome judge(PreparedRun run, Sandbox sandbox, String link, Consumer<TestResult> onTest, OutputText text) {
        CompileResult compile = build(run, sandbox, text);
        if (compile != null && compile.verdict() == Verdict.COMPILATION_ERROR) {
            List<TestResult> skipped = run.tests().stream().map(t -> skipped(t, null)).toList();
            skipped.forEach(onTest);
            return new JudgeOutcome(compile, skipped, Verdict.COMPILATION_ERROR);
        }
        try (OutputValidator validator = validators.open(run.checker(), run.validator(), link)) {
            return judgeTests(run, sandbox, compile, validator, onTest, text);
        }
    }

    /**
     * Writes the run's files into {@code sandbox} and compiles them once (or checks an interpreted program's
     * syntax), then lowers the sandbox's limits to the program's. Returns the compile's result, {@code null} for a
     * language without a build step; after a COMPILATION_ERROR the limits stay the compiler's. The compiler's
     * output is decoded by {@code text}.
     */
    CompileResult build(PreparedRun run, Sandbox sandbox, OutputText text) {
        Language language = run.language();
        for (SourceFile file : run.files()) {
            sandbox.writeFile(file.name(), utf8(file.content()), false);
        }
        CompileResult compile = null;
        if (language.hasBuildStep()) {
            // Once per request: a compile, or an interpreted language's syntax check, so a program
            // that does not parse is one COMPILATION_ERROR rather than a RUNTIME_ERROR per test.
            compile = compile(run, sandbox, text);
            if (compile.verdict() == Verdict.COMPILATION_ERROR) {
                return compile;
            }
        }
        if (language.compiled()) {
            sandbox.setLimits(run.limits().memoryMb(), run.limits().processes());
        }
        return compile;
    }

    /** The run's program (its arguments too) under {@code limits}, fed {@code stdin}. */
    ExecRequest programExec(PreparedRun run, byte[] stdin, Limits limits) {
        return exec(programCommand(run), run.language(), stdin, limits, runAddressSpace(run.language()));
    }

    private JudgeOutcome judgeTests(PreparedRun run, Sandbox sandbox, CompileResult compile,
            OutputValidator validator, Consumer<TestResult> onTest, OutputText text) {
        List<TestResult> results = new ArrayList<>();
        // Each result goes to the list and, at once, to a streamed run's listener.
        Consumer<TestResult> done = result -> {
            results.add(result);
            onTest.accept(result);
        };
        OutputBudget kept = new OutputBudget(KEPT_OUTPUT_PER_RUN);
        boolean stop = false;
        boolean lost = false;
        GroupPlan groups = new GroupPlan(run.scoring());
        for (TestCase test : run.tests()) {
            if (lost) {
                done.accept(skipped(test, "skipped: the sandbox died with the program in an earlier test"));
                continue;
            }
            if (stop) {
                done.accept(skipped(test, "skipped after an earlier failure"));
                continue;
            }
            if (groups.skips(test)) {
                done.accept(skipped(test, GroupPlan.SKIPPED_MESSAGE));
                continue;
            }
            TestResult result = runTest(run, test, validator, sandbox, kept, text);
            done.accept(result);
            groups.record(test, result);
            stop = run.stopOnFirstFailure() && !result.verdict().passed();
            // A memory kill can take the whole sandbox down with the program, and under gVisor a fork bomb too.
            lost = (result.verdict() == Verdict.MEMORY_LIMIT_EXCEEDED || result.verdict() == Verdict.RUNTIME_ERROR)
                    && !sandbox.alive();
        }
        Verdict overall = Verdict.overall(results.stream().map(TestResult::verdict).toList());
        return new JudgeOutcome(compile, results, overall);
    }

    private CompileResult compile(PreparedRun run, Sandbox sandbox, OutputText text) {
        Limits limits = settings.compileLimits();
        ExecResult result = sandbox.execute(exec(run.language().buildCommandFor(run.entry()), run.language(),
                new byte[0], limits, 0));
        ExecVerdict ended = VerdictRules.classifyBuild(result, limits, run.language());
        boolean ok = ended.finished();
        String stderr = text.of(result.stderr());
        if (!ok && !ended.verdict().equals(Verdict.RUNTIME_ERROR)) {
            // The compiler itself hit a limit: say which, after what it printed.
            stderr = stderr + (stderr.isEmpty() || stderr.endsWith("\n") ? "" : "\n")
                    + "compilation stopped: " + ended.message() + "\n";
        }
        return new CompileResult(
                result.exitCode(), text.of(result.stdout()), stderr, result.cpuTimeMs(),
                result.wallTimeMs(), result.has(ExecFlag.OUTPUT_LIMIT),
                ok ? Verdict.OK : Verdict.COMPILATION_ERROR, result.maxRssKb());
    }

    private TestResult runTest(PreparedRun run, TestCase test, OutputValidator validator, Sandbox sandbox,
            OutputBudget kept, OutputText text) {
        int passLimit = run.validator() == null ? 1 : run.validator().passes();
        Pass pass = Pass.first(test);
        long slowestCpuMs = 0;
        PassOutcome ended;
        while (true) {
            ended = isInteractive(run) ? interactivePass(run, pass, validator, sandbox)
                    : batchPass(run, pass, validator, sandbox);
            slowestCpuMs = Math.max(slowestCpuMs, ended.result().cpuTimeMs());
            String next = ended.outcome() == null ? null : ended.outcome().nextPass();
            if (passLimit == 1 || next == null || ended.verdict() != Verdict.ACCEPTED) {
                break;
            }
            if (pass.number() >= passLimit) {
                ValidationOutcome error = ValidationOutcome.judgeError("the output validator asked for pass "
                        + (pass.number() + 1) + " (it wrote nextpass.in), but the problem allows "
                        + passLimit + " (limits.validation_passes)");
                ended = new PassOutcome(ended.result(), error.verdict(), error.message(), error);
                break;
            }
            pass = pass.next(next);
        }
        return result(test, ended, slowestCpuMs, passLimit > 1 ? pass.number() : null, kept, text);
    }

    private static boolean isInteractive(PreparedRun run) {
        return run.validator() != null && run.validator().interactive();
    }

    /** One run of the program on the pass's input, then its whole output judged. */
    private PassOutcome batchPass(PreparedRun run, Pass pass, OutputValidator validator, Sandbox sandbox) {
        Limits limits = run.limits();
        ExecResult result = sandbox.execute(programExec(run, utf8(pass.input()), limits));
        ExecVerdict ended = VerdictRules.classify(result, limits, run.language());
        if (!ended.finished()) {
            return new PassOutcome(result, ended.verdict(), ended.message(), null);
        }
        if (pass.test().expected() == null) {
            return new PassOutcome(result, Verdict.OK, ended.message(), null);
        }
        ValidationOutcome outcome = validator.validate(pass, result.stdout());
        return new PassOutcome(result, outcome.verdict(), outcome.message(), outcome);
    }

    /**
     * The program and the validator at once, joined by pipes. Which verdict stands follows the format's reference
     * judge (problemtools): the validator's own failure; else its rejection if it ended first; else the program's
     * own failure (TLE, RTE, MLE); else the validator's verdict.
     */
    private PassOutcome interactivePass(PreparedRun run, Pass pass, OutputValidator validator, Sandbox sandbox) {
        Limits limits = run.limits();
        ExecRequest request = exec(InteractiveWiring.programCommand(programCommand(run)), run.language(),
                new byte[0], limits, runAddressSpace(run.language()));
        Interaction interaction = validator.interact(pass, limits.wallTimeMs(), () -> sandbox.execute(request));
        ValidationOutcome outcome = interaction.outcome();
        if (interaction.program() == null) {
            return new PassOutcome(NOT_RUN, outcome.verdict(), outcome.message(), outcome);
        }
        ExecVerdict ended = VerdictRules.classify(interaction.program(), limits, run.language());
        boolean validatorWins = outcome.verdict() == Verdict.JUDGE_ERROR
                || (outcome.verdict() == Verdict.WRONG_ANSWER && interaction.validatorFirst())
                || ended.finished();
        return validatorWins
                ? new PassOutcome(interaction.program(), outcome.verdict(), outcome.message(), outcome)
                : new PassOutcome(interaction.program(), ended.verdict(), ended.message(), outcome);
    }

    /** The result of a test from its last pass, {@code cpuMs} the slowest pass's CPU time. */
    private TestResult result(TestCase test, PassOutcome ended, long cpuMs, Integer passes, OutputBudget kept,
            OutputText text) {
        ExecResult result = ended.result();
        ValidationOutcome outcome = ended.outcome();
        String message = ended.message();
        String feedback = outcome == null || outcome.feedback() == null ? null : kept.take(outcome.feedback());
        String judgeMessage = outcome == null || outcome.judgeMessage() == null ? null
                : kept.take(outcome.judgeMessage());
        Double score = outcome == null || ended.verdict() != Verdict.ACCEPTED ? null : outcome.score();
        // Judged on the whole output above; only what is kept in the answer is bounded.
        String stdout = text.of(result.stdout());
        String stderr = text.of(result.stderr());
        String keptStdout = kept.take(stdout);
        String keptStderr = kept.take(stderr);
        boolean shortened = keptStdout.length() < stdout.length() || keptStderr.length() < stderr.length();
        if (shortened) {
            message = (message == null ? "" : message + "; ") + "output shortened: one run's answer keeps at most "
                    + KEPT_OUTPUT_PER_RUN / (1024 * 1024) + " MB of output";
        }
        return new TestResult(
                test.name(), ended.verdict(), result.signal() == 0 ? result.exitCode() : null,
                Signals.name(result.signal()), keptStdout, keptStderr, cpuMs,
                result.wallTimeMs(), result.maxRssKb(), result.has(ExecFlag.OUTPUT_LIMIT) || shortened, message,
                feedback, judgeMessage, score, passes);
    }

    private static List<String> programCommand(PreparedRun run) {
        List<String> command = new ArrayList<>(run.language().runCommandFor(run.entry()));
        command.addAll(run.args());
        return command;
    }

    /** How one pass ended: the program's run, the verdict that stands, and the validator's judgement if it ran. */
    private record PassOutcome(ExecResult result, Verdict verdict, String message, ValidationOutcome outcome) {
    }

    /** The program's side of a pass it never ran in. */
    private static final ExecResult NOT_RUN = new ExecResult(0, 0, 0, 0, 0, java.util.Set.of(), new byte[0],
            new byte[0], "");

    /** The characters of output a run's answer may still keep. */
    private static final class OutputBudget {
        private long left;

        OutputBudget(long chars) {
            this.left = chars;
        }

        /** {@code text}, or as much of its start as the budget still allows. */
        String take(String text) {
            int keep = (int) Math.min(text.length(), left);
            if (keep > 0 && keep < text.length() && Character.isHighSurrogate(text.charAt(keep - 1))) {
                keep--; // never split a surrogate pair
            }
            left -= keep;
            return keep == text.length() ? text : text.substring(0, keep);
        }
    }

    /** One command of {@code language} under {@code limits}: the compiler's and each test's alike. */
    private ExecRequest exec(List<String> command, Language language, byte[] stdin, Limits limits,
            long addressSpaceBytes) {
        List<String> env = new ArrayList<>(settings.baseEnvironment());
        language.environment().forEach((name, value) -> env.add(name + "=" + value));
        return new ExecRequest(command, env, stdin, limits.timeMs(), limits.wallTimeMs(), limits.outputKb() * 1024,
                settings.fileSizeMb() * 1024L * 1024L, addressSpaceBytes);
    }

    /** The address-space limit of the program's own processes (never its compiler's): the language's, in bytes. */
    private static long runAddressSpace(Language language) {
        return language.runAddressSpaceMb() * 1024L * 1024L;
    }

    private static TestResult skipped(TestCase test, String message) {
        return TestResult.skipped(test.name(), message);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
