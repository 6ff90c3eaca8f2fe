package org.labjudge.node.judge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.labjudge.node.judge.validate.ValidatorProgram;
import org.labjudge.node.language.Entry;
import org.labjudge.node.language.EntryException;
import org.labjudge.node.language.Language;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.ValidatorSpec;

/** Checks a request against the node's caps and turns it into a {@link PreparedRun}. */
final class RequestPreparer {
    /** Plain file names only: nothing that could point outside the work directory. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");
    /**
     * Arguments reach the sandbox agent as C strings in one argv: past its 4096 entries it drops
     * the sandbox (an INTERNAL_ERROR), past the kernel's argv size the program cannot start, and a
     * NUL would silently cut an argument. Such requests are refused up front instead.
     */
    static final int MAX_ARGS = 256;
    static final int MAX_ARGS_BYTES = 64 * 1024;
    /** Why a node under gVisor refuses an interactive problem (docs/sandbox.md). */
    static final String INTERACTIVE_UNDER_GVISOR = "this node runs its sandboxes under gVisor (runtime runsc), whose"
            + " sandboxes cannot share the pipes an interactive problem's program and validator talk through:"
            + " judge interactive problems on a node with the default runtime";

    private final RunPolicy policy;
    private final LanguageCatalog languages;
    private final Limits validationLimits;
    private final boolean sandboxesLinkable;

    /**
     * @param sandboxesLinkable whether an interactive validator can be joined to the program
     *        ({@link JudgeSettings#sandboxesLinkable}); when not, a request with one is refused
     */
    RequestPreparer(RunPolicy policy, LanguageCatalog languages, Limits validationLimits, boolean sandboxesLinkable) {
        this.policy = policy;
        this.languages = languages;
        this.validationLimits = validationLimits;
        this.sandboxesLinkable = sandboxesLinkable;
    }

    PreparedRun prepare(RunRequest request) {
        List<String> problems = new ArrayList<>(request.problems());
        if (!problems.isEmpty()) {
            throw new InvalidRunException(String.join("; ", problems));
        }
        Language language = languages.find(request.language()).orElseThrow(() -> new InvalidRunException(
                "unknown language '" + request.language() + "'; this node runs " + languages.ids()));
        Limits limits = request.limits().orDefaults(policy.defaults()).clampedTo(policy.max());
        checkSizes(request);
        checkArgs(request.args(), "args");
        boolean single = request.source() != null;
        checkFiles(request.files(), single ? language.sourceFileFor(request.source()) : null, "files");
        if (request.tests().size() > policy.maxTests()) {
            throw new InvalidRunException("the request has " + request.tests().size()
                    + " tests; this node accepts at most " + policy.maxTests());
        }
        List<TestCase> tests = request.tests().isEmpty()
                ? List.of(new TestCase("run", request.stdin() == null ? "" : request.stdin(), null))
                : request.tests();
        for (TestCase test : tests) {
            checkArgs(test.validatorFlags(), "validatorFlags of test '" + test.name() + "'");
        }
        checkGroups(request, tests);
        List<SourceFile> files = new ArrayList<>();
        Entry entry;
        if (single) {
            files.add(new SourceFile(language.sourceFileFor(request.source()), request.source()));
            entry = language.entryOf(request.source());
        } else {
            try {
                entry = language.entryOf(request.files(), request.problem());
            } catch (EntryException e) {
                throw new InvalidRunException(language.id() + ": " + e.getMessage());
            }
        }
        files.addAll(request.files());
        return new PreparedRun(language, files, entry, request.args(), limits,
                tests, request.checker(), request.stopOnFirstFailure(), validator(request.validator()),
                request.scoring());
    }

    private static void checkGroups(RunRequest request, List<TestCase> tests) {
        if (request.scoring() == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        tests.forEach(t -> names.add(t.name()));
        for (TestGroup group : request.scoring().groups()) {
            for (String test : group.tests()) {
                if (!names.contains(test)) {
                    throw new InvalidRunException("scoring: group '" + group.name() + "' names test '" + test
                            + "', which the request does not have");
                }
            }
        }
    }

    private ValidatorProgram validator(ValidatorSpec spec) {
        if (spec == null) {
            return null;
        }
        if (spec.interactive() && !sandboxesLinkable) {
            throw new InvalidRunException(INTERACTIVE_UNDER_GVISOR);
        }
        Language language = languages.find(spec.language()).orElseThrow(() -> new InvalidRunException(
                "validator: unknown language '" + spec.language() + "'; this node runs " + languages.ids()));
        checkFiles(spec.files(), null, "validator.files");
        long bytes = spec.files().stream().mapToLong(f -> f.content().getBytes(StandardCharsets.UTF_8).length).sum();
        if (bytes > policy.maxSourceBytes()) {
            throw new InvalidRunException("the validator's files take " + bytes
                    + " bytes; this node accepts at most " + policy.maxSourceBytes());
        }
        Limits limits = spec.limits().orDefaults(validationLimits).clampedTo(validationLimits);
        try {
            return ValidatorProgram.of(language, spec.files(), limits, spec.interactive(), spec.passLimit());
        } catch (IllegalArgumentException e) {
            throw new InvalidRunException("validator: " + e.getMessage());
        }
    }

    private void checkSizes(RunRequest request) {
        long bytes = request.source() == null ? 0 : request.source().getBytes(StandardCharsets.UTF_8).length;
        for (SourceFile file : request.files()) {
            bytes += file.content() == null ? 0 : file.content().getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > policy.maxSourceBytes()) {
            throw new InvalidRunException("the source and files take " + bytes
                    + " bytes; this node accepts at most " + policy.maxSourceBytes());
        }
    }

    private static void checkArgs(List<String> args, String what) {
        if (args.size() > MAX_ARGS) {
            throw new InvalidRunException("the request has " + args.size() + " " + what
                    + "; this node accepts at most " + MAX_ARGS);
        }
        long bytes = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.indexOf('\0') >= 0) {
                throw new InvalidRunException(what + "[" + i + "] contains a NUL character, which no program argument can hold");
            }
            bytes += arg.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        if (bytes > MAX_ARGS_BYTES) {
            throw new InvalidRunException("the " + what + " take " + bytes + " bytes; this node accepts at most "
                    + MAX_ARGS_BYTES);
        }
    }

    /** Checks {@code files} (named {@code what} in errors); {@code sourceFile} is the main source's name, if any. */
    private void checkFiles(List<SourceFile> files, String sourceFile, String what) {
        if (files.size() > policy.maxFiles()) {
            throw new InvalidRunException("the request has " + files.size()
                    + " " + what + "; this node accepts at most " + policy.maxFiles());
        }
        Set<String> names = new HashSet<>();
        if (sourceFile != null) {
            names.add(sourceFile);
        }
        for (SourceFile file : files) {
            String name = file.name();
            if (name == null || !FILE_NAME.matcher(name).matches() || name.contains("..")) {
                throw new InvalidRunException("file name '" + name + "' is not allowed: use a plain"
                        + " name of letters, digits, '.', '_' and '-' (no paths)");
            }
            if (file.content() == null) {
                throw new InvalidRunException("file '" + name + "' has no content");
            }
            if (!names.add(name)) {
                throw new InvalidRunException("file name '" + name + "' is used twice (the source is "
                        + sourceFile + ")");
            }
        }
    }
}
