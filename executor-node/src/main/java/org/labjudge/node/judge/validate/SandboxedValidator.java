package org.labjudge.node.judge.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.labjudge.node.judge.JudgeSettings;
import org.labjudge.node.sandbox.ExecFlag;
import org.labjudge.node.sandbox.ExecRequest;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.node.sandbox.SandboxException;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.node.sandbox.SandboxSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.Verdict;

/**
 * A custom output validator serving one run: built (or found built) at the first test that needs it, run in
 * a sandbox of its own, never the program's, as {@code validator input answer feedback/ [flags] < output},
 * under the run's validation limits. Exit 42 is accepted, 43 wrong answer; anything else, a crash, a limit
 * hit or a build that failed is a {@link Verdict#JUDGE_ERROR}. An interactive validator runs on a thread of its
 * own while the judge runs the program, the two joined through the {@link InteractiveWiring pipes}.
 */
final class SandboxedValidator implements OutputValidator {
    /** Most bytes of each feedback file (and of the validator's stderr) kept in a test's result. */
    static final int KEPT_FEEDBACK_BYTES = 64 * 1024;

    private final ValidatorProgram program;
    private final Supplier<CompiledValidator> build;
    private final SandboxProvider sandboxes;
    private final JudgeSettings settings;
    private final String link;
    private CompiledValidator compiled;
    private Sandbox sandbox;
    private ExecutorService peer;

    /**
     * @param link the pipe link the validator's sandbox shares with the program's (an interactive problem);
     *     {@code null} otherwise
     */
    SandboxedValidator(ValidatorProgram program, Supplier<CompiledValidator> build, SandboxProvider sandboxes,
            JudgeSettings settings, String link) {
        this.program = program;
        this.build = build;
        this.sandboxes = sandboxes;
        this.settings = settings;
        this.link = link;
    }

    @Override
    public ValidationOutcome validate(Pass pass, byte[] output) {
        ValidationOutcome failed = built();
        if (failed != null) {
            return failed;
        }
        Sandbox box = prepared(pass);
        ExecResult result = box.execute(request(pass, "batch", output, program.limits().wallTimeMs()));
        if (!box.alive()) {
            close(); // the next test gets a fresh one
        }
        return judge(result, program.limits());
    }

    @Override
    public Interaction interact(Pass pass, long programWallMs, Supplier<ExecResult> run) {
        ValidationOutcome failed = built();
        if (failed != null) {
            return new Interaction(null, failed, true);
        }
        Limits limits = program.limits();
        Sandbox box = prepared(pass);
        ExecResult pipes = box.execute(new ExecRequest(InteractiveWiring.SETUP, settings.baseEnvironment(), new byte[0],
                limits.timeMs(), limits.wallTimeMs(), KEPT_FEEDBACK_BYTES, KEPT_FEEDBACK_BYTES));
        if (!pipes.exitedNormally()) {
            return new Interaction(null, ValidationOutcome.judgeError("the node could not make the pipes between the"
                    + " program and the output validator: " + pipes.stderrText().strip()), true);
        }
        // The validator's wall clock covers the whole interaction: it waits on the program by design.
        ExecRequest request = request(pass, "interactive", new byte[0], programWallMs + limits.wallTimeMs());
        Future<ExecResult> validator = peer().submit(() -> box.execute(request));
        ExecResult programResult;
        try {
            programResult = run.get();
        } catch (RuntimeException e) {
            awaitQuietly(validator);
            throw e;
        }
        ExecResult validatorResult = await(validator);
        if (!box.alive()) {
            close();
        }
        Optional<FeedbackReport> report = FeedbackReport.parse(validatorResult.stdout(), KEPT_FEEDBACK_BYTES,
                nextCap());
        boolean validatorFirst = report.map(r -> FeedbackReport.VALIDATOR.equals(r.rawFile(FeedbackReport.FIRST)))
                .orElse(true);
        return new Interaction(programResult, judge(validatorResult, limits), validatorFirst);
    }

    /** {@code null} once the validator is built; the judge error of a build that failed. */
    private ValidationOutcome built() {
        if (compiled == null) {
            compiled = build.get();
        }
        return compiled.ok() ? null : ValidationOutcome.judgeError(compiled.failure());
    }

    /** The validator's sandbox with the pass's input and the test's answer written. */
    private Sandbox prepared(Pass pass) {
        Sandbox box = sandbox();
        box.writeFile("input", utf8(pass.input()), false);
        box.writeFile("answer", utf8(pass.test().expected()), false);
        return box;
    }

    private ExecRequest request(Pass pass, String io, byte[] stdin, long wallMs) {
        List<String> command = new ArrayList<>(List.of("sh", FeedbackReport.WRAPPER,
                Integer.toString(KEPT_FEEDBACK_BYTES), Integer.toString(nextCap()), pass.fresh() ? "fresh" : "keep",
                io));
        command.addAll(program.recipe().runCommand());
        command.addAll(List.of("input", "answer", "feedback/"));
        command.addAll(pass.test().validatorFlags());
        Limits limits = program.limits();
        return new ExecRequest(command, settings.baseEnvironment(), stdin, limits.timeMs(), wallMs,
                8 * KEPT_FEEDBACK_BYTES + nextCap(), limits.outputKb() * 1024L);
    }

    /** How much of a {@code nextpass.in} is read: all the validation output allows, in a multi-pass problem. */
    private int nextCap() {
        return program.passes() > 1 ? program.limits().outputKb() * 1024 : 0;
    }

    private ExecutorService peer() {
        if (peer == null) {
            peer = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "interactive-validator");
                thread.setDaemon(true);
                return thread;
            });
        }
        return peer;
    }

    private static ExecResult await(Future<ExecResult> validator) {
        try {
            // Bounded: the agent client gives up past the validator's wall clock and a grace.
            return validator.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while the output validator ran", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new SandboxException("the output validator's run failed: " + e.getCause(), e.getCause());
        }
    }

    private static void awaitQuietly(Future<ExecResult> validator) {
        try {
            await(validator);
        } catch (RuntimeException e) {
            // the program's own failure is the one reported
        }
    }

    private ValidationOutcome judge(ExecResult result, Limits limits) {
        if (result.has(ExecFlag.CPU_LIMIT) || result.has(ExecFlag.WALL_LIMIT)) {
            return ValidationOutcome.judgeError("the output validator did not finish within its limits ("
                    + limits.timeMs() + " ms of CPU time, " + limits.wallTimeMs() + " ms of wall-clock time)");
        }
        if (result.has(ExecFlag.OOM_KILLED)) {
            return ValidationOutcome.judgeError("the output validator used more than " + limits.memoryMb()
                    + " MB of memory");
        }
        Optional<FeedbackReport> parsed = FeedbackReport.parse(result.stdout(), KEPT_FEEDBACK_BYTES, nextCap());
        if (parsed.isEmpty()) {
            return ValidationOutcome.judgeError("the output validator's sandbox ended unexpectedly (exit code "
                    + result.exitCode() + ", signal " + result.signal() + "): " + result.stderrText().strip());
        }
        FeedbackReport report = parsed.get();
        String judgeMessage = report.file("judgemessage.txt");
        String feedback = report.file("teammessage.txt");
        String nextPass = report.rawFile(FeedbackReport.NEXT_PASS);
        if (nextPass != null && report.exitCode() != 42) {
            return ValidationOutcome.judgeError("the output validator wrote nextpass.in but exited with code "
                    + report.exitCode() + " (another pass needs exit code 42)"
                    + (judgeMessage == null ? "" : "\njudgemessage.txt:\n" + judgeMessage));
        }
        switch (report.exitCode()) {
            case 42:
                String score = report.file("score.txt");
                if (score == null) {
                    return new ValidationOutcome(Verdict.ACCEPTED, null, feedback, judgeMessage, null, nextPass);
                }
                try {
                    return new ValidationOutcome(Verdict.ACCEPTED, null, feedback, judgeMessage,
                            finite(Double.parseDouble(score.strip())), nextPass);
                } catch (NumberFormatException e) {
                    return ValidationOutcome.judgeError("the output validator accepted but its score.txt is not"
                            + " a number: '" + score.strip() + "'");
                }
            case 43:
                return new ValidationOutcome(Verdict.WRONG_ANSWER,
                        feedback != null ? feedback.strip() : "the output validator rejected the output",
                        feedback, judgeMessage);
            default:
                String stderr = report.file(FeedbackReport.STDERR);
                boolean full = report.exitCode() == 128 + 25 || report.largestFile() >= limits.outputKb() * 1024L;
                String why = full
                        ? "was stopped for writing more than " + limits.outputKb() + " KB (validation output limit)"
                        : report.exitCode() > 128 ? "was killed by signal " + (report.exitCode() - 128)
                        : "exited with code " + report.exitCode() + " (42 accepts, 43 rejects)";
                return ValidationOutcome.judgeError("the output validator " + why
                        + (judgeMessage == null ? "" : "\njudgemessage.txt:\n" + judgeMessage)
                        + (stderr == null ? "" : "\nits stderr:\n" + stderr));
        }
    }

    private static double finite(double score) {
        if (!Double.isFinite(score)) {
            throw new NumberFormatException("not finite");
        }
        return score;
    }

    private Sandbox sandbox() {
        if (sandbox == null) {
            Limits limits = program.limits();
            Sandbox opened = sandboxes.open(new SandboxSpec(settings.image(program.language().imageName()),
                    limits.memoryMb(), limits.processes(), settings.cpusPerSandbox(), settings.workDirMb(),
                    settings.tmpDirMb()).withLink(link));
            try {
                for (CompiledValidator.Artifact artifact : compiled.artifacts()) {
                    opened.writeFile(artifact.name(), artifact.content(), artifact.executable());
                }
                opened.writeFile(FeedbackReport.WRAPPER, utf8(FeedbackReport.SCRIPT), false);
                if (!compiled.setupCommand().isEmpty()) {
                    ExecResult setup = opened.execute(new ExecRequest(compiled.setupCommand(),
                            settings.baseEnvironment(), new byte[0], limits.timeMs(), limits.wallTimeMs(),
                            KEPT_FEEDBACK_BYTES, ValidatorBuilder.MAX_BUILD_BYTES));
                    if (!setup.exitedNormally()) {
                        throw new IllegalStateException("unpacking the validator failed: " + setup.stderrText());
                    }
                }
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            sandbox = opened;
        }
        return sandbox;
    }

    @Override
    public void close() {
        if (peer != null) {
            peer.shutdownNow();
            peer = null;
        }
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
