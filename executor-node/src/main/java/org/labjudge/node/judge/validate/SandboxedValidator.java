package org.labjudge.node.judge.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.labjudge.node.judge.JudgeSettings;
import org.labjudge.node.sandbox.ExecFlag;
import org.labjudge.node.sandbox.ExecRequest;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.node.sandbox.SandboxSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.Verdict;

/**
 * A custom output validator serving one run: built (or found built) at the first test that needs it, run in
 * a sandbox of its own, never the program's, as {@code validator input answer feedback/ [flags] < output},
 * under the run's validation limits. Exit 42 is accepted, 43 wrong answer; anything else, a crash, a limit
 * hit or a build that failed is a {@link Verdict#JUDGE_ERROR}.
 */
final class SandboxedValidator implements OutputValidator {
    /** Most bytes of each feedback file (and of the validator's stderr) kept in a test's result. */
    static final int KEPT_FEEDBACK_BYTES = 64 * 1024;

    private final ValidatorProgram program;
    private final Supplier<CompiledValidator> build;
    private final SandboxProvider sandboxes;
    private final JudgeSettings settings;
    private CompiledValidator compiled;
    private Sandbox sandbox;

    SandboxedValidator(ValidatorProgram program, Supplier<CompiledValidator> build, SandboxProvider sandboxes,
            JudgeSettings settings) {
        this.program = program;
        this.build = build;
        this.sandboxes = sandboxes;
        this.settings = settings;
    }

    @Override
    public ValidationOutcome validate(TestCase test, byte[] output) {
        if (compiled == null) {
            compiled = build.get();
        }
        if (!compiled.ok()) {
            return ValidationOutcome.judgeError(compiled.failure());
        }
        Sandbox box = sandbox();
        box.writeFile("input", utf8(test.input()), false);
        box.writeFile("answer", utf8(test.expected()), false);
        List<String> command = new ArrayList<>(List.of("sh", FeedbackReport.WRAPPER,
                Integer.toString(KEPT_FEEDBACK_BYTES)));
        command.addAll(program.recipe().runCommand());
        command.addAll(List.of("input", "answer", "feedback/"));
        command.addAll(test.validatorFlags());
        Limits limits = program.limits();
        ExecResult result = box.execute(new ExecRequest(command, settings.baseEnvironment(), output,
                limits.timeMs(), limits.wallTimeMs(), 8 * KEPT_FEEDBACK_BYTES, limits.outputKb() * 1024L));
        if (!box.alive()) {
            close(); // the next test gets a fresh one
        }
        return judge(result, limits);
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
        Optional<FeedbackReport> parsed = FeedbackReport.parse(result.stdout(), KEPT_FEEDBACK_BYTES);
        if (parsed.isEmpty()) {
            return ValidationOutcome.judgeError("the output validator's sandbox ended unexpectedly (exit code "
                    + result.exitCode() + ", signal " + result.signal() + "): " + result.stderrText().strip());
        }
        FeedbackReport report = parsed.get();
        String judgeMessage = report.file("judgemessage.txt");
        String feedback = report.file("teammessage.txt");
        switch (report.exitCode()) {
            case 42:
                String score = report.file("score.txt");
                if (score == null) {
                    return new ValidationOutcome(Verdict.ACCEPTED, null, feedback, judgeMessage);
                }
                try {
                    return new ValidationOutcome(Verdict.ACCEPTED, null, feedback, judgeMessage,
                            finite(Double.parseDouble(score.strip())));
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
                    settings.tmpDirMb()));
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
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
