package org.labjudge.node.judge.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.labjudge.node.judge.JudgeSettings;
import org.labjudge.node.sandbox.ExecFlag;
import org.labjudge.node.sandbox.ExecRequest;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.node.sandbox.SandboxSpec;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.SourceFile;

/**
 * Builds a validator: compiles it under the node's compile limits in a sandbox of its own and takes out
 * what the compiler made. Nothing of a student's run is in that sandbox.
 */
final class ValidatorBuilder {
    /** Largest build taken out of a sandbox. */
    static final int MAX_BUILD_BYTES = 64 * 1024 * 1024;
    private static final int KEPT_COMPILER_OUTPUT = 16 * 1024;
    static final String CLASSES_TAR = "classes.tar";

    private final SandboxProvider sandboxes;
    private final JudgeSettings settings;

    ValidatorBuilder(SandboxProvider sandboxes, JudgeSettings settings) {
        this.sandboxes = sandboxes;
        this.settings = settings;
    }

    CompiledValidator build(ValidatorProgram program) {
        ValidatorRecipe recipe = program.recipe();
        if (recipe.artifacts() == ValidatorRecipe.Artifacts.SOURCES) {
            return new CompiledValidator(program.files().stream()
                    .map(f -> new CompiledValidator.Artifact(f.name(), utf8(f.content()), false)).toList(),
                    List.of(), null);
        }
        Limits limits = settings.compileLimits();
        SandboxSpec spec = new SandboxSpec(settings.image(program.language().imageName()), limits.memoryMb(),
                limits.processes(), settings.cpusPerSandbox(), settings.workDirMb(), settings.tmpDirMb());
        try (Sandbox sandbox = sandboxes.open(spec)) {
            for (SourceFile file : program.files()) {
                sandbox.writeFile(file.name(), utf8(file.content()), false);
            }
            ExecResult compiled = sandbox.execute(exec(recipe.compileCommand(), limits, limits.outputKb() * 1024));
            if (!compiled.exitedNormally()) {
                String why = compiled.has(ExecFlag.CPU_LIMIT) || compiled.has(ExecFlag.WALL_LIMIT)
                        ? "the compiler ran out of time" : "exit code " + compiled.exitCode();
                return CompiledValidator.failed("the output validator did not compile (" + why + "):\n"
                        + head(compiled.stderrText()));
            }
            return take(sandbox, recipe, limits);
        }
    }

    private CompiledValidator take(Sandbox sandbox, ValidatorRecipe recipe, Limits limits) {
        boolean classes = recipe.artifacts() == ValidatorRecipe.Artifacts.CLASSES;
        List<String> command = classes
                ? List.of("sh", "-c", "tar -cf - *.class")
                : List.of("cat", ValidatorRecipe.BINARY);
        ExecResult taken = sandbox.execute(exec(command, limits, MAX_BUILD_BYTES));
        if (!taken.exitedNormally()) {
            return CompiledValidator.failed("the output validator's build could not be taken out of its sandbox ("
                    + (taken.has(ExecFlag.OUTPUT_LIMIT) ? "larger than " + MAX_BUILD_BYTES / (1024 * 1024) + " MB"
                    : "exit code " + taken.exitCode()) + "): " + head(taken.stderrText()));
        }
        if (classes) {
            return new CompiledValidator(List.of(new CompiledValidator.Artifact(CLASSES_TAR, taken.stdout(), false)),
                    List.of("tar", "-xf", CLASSES_TAR), null);
        }
        return new CompiledValidator(
                List.of(new CompiledValidator.Artifact(ValidatorRecipe.BINARY, taken.stdout(), true)), List.of(), null);
    }

    private ExecRequest exec(List<String> command, Limits limits, int outputCap) {
        List<String> env = new ArrayList<>(settings.baseEnvironment());
        return new ExecRequest(command, env, new byte[0], limits.timeMs(), limits.wallTimeMs(), outputCap,
                Math.max(settings.fileSizeMb() * 1024L * 1024L, MAX_BUILD_BYTES));
    }

    private static String head(String text) {
        return text.length() <= KEPT_COMPILER_OUTPUT ? text : text.substring(0, KEPT_COMPILER_OUTPUT) + "\n[...]";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
