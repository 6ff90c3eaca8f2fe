package org.labjudge.node.judge.validate;

import org.labjudge.node.judge.JudgeSettings;
import org.labjudge.node.sandbox.SandboxProvider;
import org.labjudge.protocol.CheckerSpec;

/** Gives each run the validator it asks for: the built-in checker, or its own program kept built in the cache. */
public final class Validators {
    private final SandboxProvider sandboxes;
    private final JudgeSettings settings;
    private final ValidatorCache cache;
    private final ValidatorBuilder builder;

    public Validators(SandboxProvider sandboxes, JudgeSettings settings, ValidatorCache cache) {
        this.sandboxes = sandboxes;
        this.settings = settings;
        this.cache = cache;
        this.builder = new ValidatorBuilder(sandboxes, settings);
    }

    /** The validator of one run: {@code program} when given (nothing built until a test needs it), else {@code checker}. */
    public OutputValidator open(CheckerSpec checker, ValidatorProgram program) {
        return open(checker, program, null);
    }

    /**
     * As {@link #open(CheckerSpec, ValidatorProgram)}, an interactive {@code program}'s sandbox sharing
     * {@code link} with the program's.
     */
    public OutputValidator open(CheckerSpec checker, ValidatorProgram program, String link) {
        if (program == null) {
            return new DefaultValidator(checker);
        }
        return new SandboxedValidator(program, () -> cache.get(program.key(), () -> builder.build(program)),
                sandboxes, settings, link);
    }
}
