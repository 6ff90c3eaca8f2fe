package org.labjudge.problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.ValidatorSpec;

/**
 * Loads Kattis / ICPC problem packages from disk (a folder per problem: {@code problem.yaml},
 * {@code problem_statement/} or {@code statement/}, {@code data/sample}, {@code data/secret}), so existing
 * archives import as they are. Every error names the file and the problem.
 */
public final class ProblemPackages {

    private ProblemPackages() {
    }

    /** The package in {@code dir} (a folder holding {@code problem.yaml} and {@code data/}). */
    public static ProblemPackage load(Path dir) throws ProblemPackageException {
        Path folder = dir.toAbsolutePath().normalize();
        String id = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            throw new ProblemPackageException(dir + ": not a folder");
        }
        ProblemYaml yaml = ProblemYaml.read(folder, id);
        Statements.Statement statement = Statements.read(folder, id);
        Path data = folder.resolve("data");
        List<TestCase> samples = TestData.read(data, "sample", id);
        List<TestCase> secret = TestData.read(data, "secret", id);
        List<SampleInteraction> interactions = TestData.interactions(data.resolve("sample"), id);
        if (samples.isEmpty() && secret.isEmpty()) {
            throw new ProblemPackageException(id + "/data: no tests: expected data/sample/*.in and data/secret/*.in"
                    + " with matching .ans files");
        }
        String name = yaml.name() != null && !yaml.name().isBlank() ? yaml.name() : statement.latexName();
        ProblemYaml.Validation validation = yaml.validation();
        ValidatorSpec validator = validation.custom()
                ? OutputValidatorFiles.read(folder, validation.validatorDir(), validation.limits(), id)
                        .withInteractive(validation.interactive()).withPasses(validation.passes())
                : null;
        GroupConfig.Reader configs = new GroupConfig.Reader(data, id);
        samples = withFlags(samples, validation, configs, id);
        secret = withFlags(secret, validation, configs, id);
        Scoring scoring = yaml.scoring() ? TestGroups.scoring(secret, configs, yaml.legacy()) : null;
        return new ProblemPackage(id, name, statement.markdown(), yaml.limits(), yaml.checker(), samples, secret,
                folder, validator, scoring, interactions);
    }

    /**
     * {@code tests}, each with the validator flags of problem.yaml and of its folder's {@code testdata.yaml}:
     * passed to a custom validator as they are, or made the test's own default-validator checker.
     */
    private static List<TestCase> withFlags(List<TestCase> tests, ProblemYaml.Validation validation,
            GroupConfig.Reader configs, String id) throws ProblemPackageException {
        List<TestCase> flagged = new ArrayList<>();
        for (TestCase test : tests) {
            String folder = test.name().substring(0, test.name().lastIndexOf('/'));
            List<String> groupFlags = configs.of(folder).validatorFlags();
            List<String> flags = new ArrayList<>(validation.flags());
            flags.addAll(groupFlags);
            if (validation.custom()) {
                flagged.add(new TestCase(test.name(), test.input(), test.expected(), flags));
            } else if (!groupFlags.isEmpty()) {
                CheckerSpec checker = ValidatorFlags.parse(flags, id + "/data/" + folder
                        + "/testdata.yaml: output_validator_flags");
                flagged.add(new TestCase(test.name(), test.input(), test.expected(), null, checker));
            } else {
                flagged.add(test);
            }
        }
        return flagged;
    }

    /**
     * Every package directly under {@code dir}, in natural order of their ids; a folder without
     * {@code problem.yaml} is not a package and is skipped. A broken package is an error naming it.
     */
    public static List<ProblemPackage> loadSet(Path dir) throws ProblemPackageException {
        if (!Files.isDirectory(dir)) {
            throw new ProblemPackageException(dir + ": not a folder");
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(child -> Files.isRegularFile(child.resolve("problem.yaml"))).forEach(folders::add);
        } catch (IOException e) {
            throw new ProblemPackageException(dir + ": cannot list: " + e.getMessage(), e);
        }
        folders.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
        List<ProblemPackage> packages = new ArrayList<>();
        for (Path folder : folders) {
            packages.add(load(folder));
        }
        return List.copyOf(packages);
    }
}
