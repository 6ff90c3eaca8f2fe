package org.labjudge.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.CheckerType;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.Scoring;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.ValidatorSpec;
import org.labjudge.protocol.VerdictAggregation;

/** Loading Kattis / ICPC problem packages: what a teacher imports and what students are judged on. */
class ProblemPackagesTest {

    @TempDir
    Path root;

    @Test
    void loadsAPackageWithLimitsFlagsStatementAndTests() throws Exception {
        Path dir = write("sum", "problem.yaml", """
                name: Sum of Two Numbers
                source: LabJudge tests
                license: cc0
                limits:
                  time_limit: 1.5
                  memory: 512
                  output: 2
                validator_flags: case_sensitive float_tolerance 1e-6
                """);
        write("sum", "problem_statement/problem.md", "# Sum\n\nPrint $a+b$.\n");
        write("sum", "data/sample/1.in", "1 2\n");
        write("sum", "data/sample/1.ans", "3\n");
        write("sum", "data/secret/01.in", "5 5\n");
        write("sum", "data/secret/01.ans", "10\n");

        ProblemPackage problem = ProblemPackages.load(dir);

        assertThat(problem.id()).isEqualTo("sum");
        assertThat(problem.name()).isEqualTo("Sum of Two Numbers");
        assertThat(problem.statementMarkdown()).isEqualTo("# Sum\n\nPrint $a+b$.\n");
        assertThat(problem.limits()).isEqualTo(new Limits(1500, 4500, 512, 2048, null));
        assertThat(problem.checker()).isEqualTo(new CheckerSpec(CheckerType.TOKENS, true, null, 1e-6, 1e-6));
        assertThat(problem.samples()).containsExactly(new TestCase("sample/1", "1 2\n", "3\n"));
        assertThat(problem.secretTests()).containsExactly(new TestCase("secret/01", "5 5\n", "10\n"));
        assertThat(problem.directory()).isEqualTo(dir.toAbsolutePath().normalize());

        RunRequest request = problem.judgeRequest("python", "print(sum(map(int, input().split())))");
        assertThat(request.tests()).extracting(TestCase::name).containsExactly("sample/1", "secret/01");
        assertThat(request.limits()).isEqualTo(problem.limits());
        assertThat(request.checker()).isEqualTo(problem.checker());
        assertThat(problem.sampleRequest("python", "x").tests()).hasSize(1);
    }

    @Test
    void secretGroupsNestAndSortNaturallyWithFilesAndGroupsTogether() throws Exception {
        Path dir = minimal("groups");
        for (String test : List.of("10", "2", "group10/1", "group2/b", "group2/a", "group1/sub/x", "group1/3",
                "zeta")) {
            write("groups", "data/secret/" + test + ".in", test + " in\n");
            write("groups", "data/secret/" + test + ".ans", test + " ans\n");
        }
        write("groups", "data/secret/group2/testdata.yaml", "on_reject: continue\n");
        write("groups", "data/secret/notes.txt", "ignored\n");

        ProblemPackage problem = ProblemPackages.load(dir);

        assertThat(problem.secretTests()).extracting(TestCase::name).containsExactly(
                "secret/2", "secret/10", "secret/group1/3", "secret/group1/sub/x", "secret/group2/a",
                "secret/group2/b", "secret/group10/1", "secret/zeta");
        assertThat(problem.secretTests().get(3)).isEqualTo(
                new TestCase("secret/group1/sub/x", "group1/sub/x in\n", "group1/sub/x ans\n"));
    }

    @Test
    void englishMarkdownIsPreferredAndTheNameMayBeAMapOfLanguages() throws Exception {
        Path dir = write("multi", "problem.yaml", "name:\n  sv: Summa\n  en: Sum\n");
        write("multi", "problem_statement/problem.sv.md", "Svenska\n");
        write("multi", "problem_statement/problem.en.md", "English\n");
        write("multi", "problem_statement/problem.en.tex", "\\section*{LaTeX}\n");
        sample("multi");

        ProblemPackage problem = ProblemPackages.load(dir);

        assertThat(problem.name()).isEqualTo("Sum");
        assertThat(problem.statementMarkdown()).isEqualTo("English\n");
    }

    @Test
    void theNewerStatementFolderIsReadToo() throws Exception {
        Path dir = write("newer", "problem.yaml", "problem_format_version: 2023-07-draft\nname: Newer\n");
        write("newer", "statement/problem.en.md", "From statement/\n");
        sample("newer");

        assertThat(ProblemPackages.load(dir).statementMarkdown()).isEqualTo("From statement/\n");
    }

    @Test
    void aLatexOnlyStatementIsMadeReadable() throws Exception {
        Path dir = write("latex", "problem.yaml", "validator_flags: float_relative_tolerance 1e-4\n");
        write("latex", "problem_statement/problem.en.tex", """
                \\problemname{Hello \\LaTeX{} World}
                % a comment that must not show
                \\illustration{0.3}{figure.png}{A figure}
                Given $n$ numbers ($1 \\le n \\le 10^5$), print the \\textbf{largest} one --- or \\emph{nothing}.
                It costs 50\\% less~today.

                \\section*{Input}
                \\begin{itemize}
                  \\item one line with $n$;
                  \\item the numbers, in \\texttt{int} range.
                \\end{itemize}

                \\section*{Output}
                Print the maximum.
                \\begin{verbatim}
                  keep  {this} \\as is
                \\end{verbatim}
                """);
        sample("latex");

        ProblemPackage problem = ProblemPackages.load(dir);

        assertThat(problem.name()).isEqualTo("Hello LaTeX World");
        assertThat(problem.checker()).isEqualTo(new CheckerSpec(CheckerType.TOKENS, null, null, null, 1e-4));
        String text = problem.statementMarkdown();
        assertThat(text)
                .contains("Given $n$ numbers ($1 \\le n \\le 10^5$), print the **largest** one — or *nothing*.")
                .contains("It costs 50% less today.")
                .contains("## Input\n")
                .contains("- one line with $n$;")
                .contains("- the numbers, in `int` range.")
                .contains("## Output\n\nPrint the maximum.")
                .contains("```\n  keep  {this} \\as is\n```")
                .startsWith("![](figure.png)\n\n")
                .doesNotContain("comment", "problemname", "A figure", "0.3", "\\section", "\\begin", "itemize");
    }

    @Test
    void withoutLimitsTheNodeDefaultsApplyButTheFormatsOutputLimitAndADomjudgeTimelimitFileIsHonoured()
            throws Exception {
        Path plain = minimal("plain");
        // The format's 8 MiB output limit, not the node's smaller default.
        assertThat(ProblemPackages.load(plain).limits()).isEqualTo(new Limits(null, null, null, 8192, null));
        assertThat(ProblemPackages.load(plain).checker()).isEqualTo(
                new CheckerSpec(CheckerType.TOKENS, null, null, null, null));

        Path domjudge = write("dj", "problem.yaml", "name: DJ\nlimits:\n  time_multiplier: 5\n");
        write("dj", ".timelimit", "3\n");
        sample("dj");
        assertThat(ProblemPackages.load(domjudge).limits().timeMs()).isEqualTo(3000);
    }

    @Test
    void problemsNameTheFileAndWhatIsWrong() throws Exception {
        Path missingAnswer = minimal("noans");
        write("noans", "data/secret/group1/07.in", "1\n");
        assertProblem(missingAnswer, "noans/data/secret/group1/07.in: no answer file 07.ans");

        Path strayAnswer = minimal("stray");
        write("stray", "data/sample/9.ans", "1\n");
        assertProblem(strayAnswer, "stray/data/sample/9.ans: no input file 9.in");

        Path badLimit = write("badlimit", "problem.yaml", "limits:\n  time_limit: fast\n");
        sample("badlimit");
        assertProblem(badLimit, "badlimit/problem.yaml: limits.time_limit: expected a positive number, got 'fast'");

        Path badFlag = write("badflag", "problem.yaml", "validator_flags: float_tolerance lots\n");
        sample("badflag");
        assertProblem(badFlag, "badflag/problem.yaml: validator_flags: float_tolerance needs a non-negative number,"
                + " got 'lots'");

        Path unknownFlag = write("unknownflag", "problem.yaml", "validator_flags: ignore_case\n");
        sample("unknownflag");
        assertThatThrownBy(() -> ProblemPackages.load(unknownFlag))
                .hasMessageStartingWith("unknownflag/problem.yaml: validator_flags: unknown flag 'ignore_case'");

        Path badYaml = write("badyaml", "problem.yaml", "name: x\nlimits: [1,\n  2\n: :\n");
        sample("badyaml");
        assertThatThrownBy(() -> ProblemPackages.load(badYaml)).isInstanceOf(ProblemPackageException.class)
                .hasMessageStartingWith("badyaml/problem.yaml: line ");

        Path noTests = write("notests", "problem.yaml", "name: Empty\n");
        assertProblem(noTests, "notests/data: no tests: expected data/sample/*.in and data/secret/*.in with"
                + " matching .ans files");

        Path notAPackage = Files.createDirectories(root.resolve("folder"));
        assertProblem(notAPackage, "folder: not a problem package: no problem.yaml");
    }

    @Test
    void problemsLabJudgeCannotJudgeFaithfullyAreRefused() throws Exception {
        Path custom = write("custom", "problem.yaml", "validation: custom interactive\n");
        sample("custom");
        assertProblem(custom, "custom/output_validators: no output validator, though the package asks for a"
                + " custom one");

        Path submitAnswer = write("submit", "problem.yaml", "problem_format_version: 2023-07-draft\n"
                + "type: submit-answer\n");
        sample("submit");
        assertProblem(submitAnswer, "submit/problem.yaml: type: submit-answer problems are not supported:"
                + " LabJudge judges a program's output on each test");

        Path scripted = write("scripted", "problem.yaml", "validation: custom\n");
        sample("scripted");
        write("scripted", "output_validators/v/build", "#!/bin/sh\n");
        write("scripted", "output_validators/v/v.py", "pass\n");
        assertThatThrownBy(() -> ProblemPackages.load(scripted))
                .hasMessageStartingWith("scripted/output_validators: validators built by a 'build' script");

        Path missing = write("missing", "problem.yaml", "validation: custom\n");
        sample("missing");
        assertProblem(missing, "missing/output_validators: no output validator, though the package asks for a"
                + " custom one");

        Path interactive = write("inter", "problem.yaml", "problem_format_version: 2023-07-draft\n"
                + "type: interactive\n");
        sample("inter");
        assertProblem(interactive, "inter/problem.yaml: an interactive problem needs its output validator in"
                + " output_validator/, and there is none");

        Path multiPass = write("multi", "problem.yaml", "problem_format_version: 2023-07-draft\n"
                + "type: multi-pass\nlimits:\n  validation_passes: 1\n");
        sample("multi");
        write("multi", "output_validator/v.py", "pass\n");
        assertProblem(multiPass, "multi/problem.yaml: limits.validation_passes: expected an integer from 2 to 100,"
                + " got '1'");
    }

    @Test
    void aLegacyInteractiveProblemIsJudgedInteractivelyWithItsSampleDialogue() throws Exception {
        Path dir = write("legacyguess", "problem.yaml", "validation: custom interactive\n");
        sample("legacyguess");
        write("legacyguess", "output_validators/guess/guess.py", "pass\n");
        write("legacyguess", "data/sample/1.interaction", "<10\n>? 5\n<up\n");
        write("legacyguess", "data/sample/2.interaction", ">! 3\n");

        ProblemPackage problem = ProblemPackages.load(dir);

        assertThat(problem.interactive()).isTrue();
        assertThat(problem.validator().interactive()).isTrue();
        assertThat(problem.validator().passes()).isNull();
        assertThat(problem.interactions()).extracting(SampleInteraction::name).containsExactly("sample/1", "sample/2");
        assertThat(problem.interactions().get(0).lines()).containsExactly(
                new SampleInteraction.Line(SampleInteraction.Speaker.VALIDATOR, "10"),
                new SampleInteraction.Line(SampleInteraction.Speaker.PROGRAM, "? 5"),
                new SampleInteraction.Line(SampleInteraction.Speaker.VALIDATOR, "up"));
        assertThat(problem.judgeRequest("python", "print()").validator().interactive()).isTrue();
    }

    @Test
    void aModernValidatorMayLieOneFolderDeeperAsInProblemtoolsOwnExamples() throws Exception {
        Path dir = write("deep", "problem.yaml", "problem_format_version: 2023-07-draft\ntype: interactive\n");
        sample("deep");
        write("deep", "output_validator/guess_validator/validate.cc", "#include \"validate.h\"\nint main() {}\n");
        write("deep", "output_validator/guess_validator/validate.h", "#pragma once\n");

        ValidatorSpec validator = ProblemPackages.load(dir).validator();

        assertThat(validator.language()).isEqualTo("cpp");
        assertThat(validator.files()).extracting(SourceFile::name).containsExactly("validate.cc", "validate.h");
        assertThat(validator.interactive()).isTrue();
    }

    @Test
    void multiPassProblemsTakeTheFormatsTwoPassesUnlessTheyStateTheirOwn() throws Exception {
        Path modern = write("relay", "problem.yaml", "problem_format_version: 2023-07-draft\n"
                + "type: [multi-pass, interactive]\n");
        sample("relay");
        write("relay", "output_validator/relay.py", "pass\n");
        Path domjudge = write("domjudge", "problem.yaml", "validation: custom multi-pass\n"
                + "limits:\n  validation_passes: 5\n");
        sample("domjudge");
        write("domjudge", "output_validators/relay/relay.py", "pass\n");

        ValidatorSpec both = ProblemPackages.load(modern).validator();
        ValidatorSpec legacy = ProblemPackages.load(domjudge).validator();

        assertThat(both.passes()).isEqualTo(2);
        assertThat(both.interactive()).isTrue();
        assertThat(legacy.passes()).isEqualTo(5);
        assertThat(legacy.interactive()).isFalse();
        assertThat(ProblemPackages.load(domjudge).sampleRequest("python", "print()").validator().passes())
                .isEqualTo(5);
    }

    @Test
    void aLegacyCustomValidatorIsReadWithItsHeaderFlagsAndValidationLimits() throws Exception {
        Path dir = write("legacy", "problem.yaml", """
                validation: custom
                validator_flags: tolerance 1e-3
                limits:
                  validation_time: 2
                  validation_memory: 512
                  validation_output: 4
                """);
        sample("legacy");
        write("legacy", "output_validators/float/float.cpp", "#include \"validate.h\"\nint main() {}\n");
        write("legacy", "output_validators/float/validate.h", "#pragma once\n");
        write("legacy", "output_validators/float/README.md", "how it works\n");

        ProblemPackage problem = ProblemPackages.load(dir);

        ValidatorSpec validator = problem.validator();
        assertThat(validator.language()).isEqualTo("cpp");
        assertThat(validator.files()).extracting(SourceFile::name).containsExactly("float.cpp", "validate.h");
        assertThat(validator.limits()).isEqualTo(new Limits(2000, 6000, 512, 4096, null));
        assertThat(problem.samples().get(0).validatorFlags()).containsExactly("tolerance", "1e-3");
        RunRequest request = problem.judgeRequest("python", "print(1)\n");
        assertThat(request.validator()).isEqualTo(validator);
        assertThat(request.tests().get(0).validatorFlags()).containsExactly("tolerance", "1e-3");
    }

    @Test
    void aLegacyPackageWithoutValidationCustomJudgesByTheDefaultValidator() throws Exception {
        Path dir = minimal("plainlegacy");
        write("plainlegacy", "output_validators/v.py", "import sys\nsys.exit(43)\n");

        ProblemPackage problem = ProblemPackages.load(dir);

        assertThat(problem.validator()).isNull();
        assertThat(problem.samples().get(0).validatorFlags()).isEmpty();
    }

    @Test
    void a2023PackageHasACustomValidatorByProvidingOutputValidator() throws Exception {
        Path dir = write("modern", "problem.yaml", "problem_format_version: 2023-07-draft\nname: Modern\n");
        sample("modern");
        write("modern", "output_validator/validator.py", "import sys\nsys.exit(42)\n");

        ProblemPackage problem = ProblemPackages.load(dir);

        assertThat(problem.validator().language()).isEqualTo("python");
        assertThat(problem.validator().files()).extracting(SourceFile::name).containsExactly("validator.py");
        assertThat(problem.validator().limits()).isEqualTo(Limits.NONE);
    }

    @Test
    void aValidatorWhoseLanguageCannotBeToldIsRefused() throws Exception {
        Path dir = write("mixed", "problem.yaml", "validation: custom\n");
        sample("mixed");
        write("mixed", "output_validators/v/a.py", "pass\n");
        write("mixed", "output_validators/v/B.java", "class B {}\n");

        assertProblem(dir, "mixed/output_validators: cannot tell the validator's language from its files: [java,"
                + " python]");
    }

    @Test
    void aLegacyScoringProblemHasAGroupPerSecretFolderWithItsTestdataYaml() throws Exception {
        Path dir = write("scored", "problem.yaml", "type: scoring\n");
        sample("scored");
        write("scored", "data/secret/testdata.yaml", "grader_flags: sum\non_reject: continue\n");
        write("scored", "data/secret/1-small/testdata.yaml", "accept_score: 20\nrange: 0 40\non_reject: break\n");
        write("scored", "data/secret/2-large/testdata.yaml",
                "accept_score: 30\ngrader_flags: min\noutput_validator_flags: float_tolerance 1e-3\n");
        for (String test : List.of("1-small/a", "1-small/b", "2-large/a", "2-large/b")) {
            write("scored", "data/secret/" + test + ".in", "1\n");
            write("scored", "data/secret/" + test + ".ans", "1\n");
        }

        ProblemPackage problem = ProblemPackages.load(dir);

        Scoring scoring = problem.scoring();
        assertThat(scoring.aggregation()).isEqualTo(ScoreAggregation.SUM);
        assertThat(scoring.groups()).containsExactly(
                new TestGroup("secret/1-small", List.of("secret/1-small/a", "secret/1-small/b"), ScoreAggregation.SUM,
                        false, 20.0, 0.0, 40.0, VerdictAggregation.WORST_ERROR, false),
                new TestGroup("secret/2-large", List.of("secret/2-large/a", "secret/2-large/b"), ScoreAggregation.MIN,
                        true, 30.0, 0.0, null, VerdictAggregation.WORST_ERROR, false));
        // The group's flags refine the default validator for its tests only.
        assertThat(problem.secretTests().get(2).checker())
                .isEqualTo(new CheckerSpec(CheckerType.TOKENS, null, null, 1e-3, 1e-3));
        assertThat(problem.secretTests().get(0).checker()).isNull();
        RunRequest request = problem.judgeRequest("python", "print(1)\n");
        assertThat(request.scoring()).isEqualTo(scoring);
        assertThat(problem.sampleRequest("python", "print(1)\n").scoring().groups()).isEmpty();
    }

    @Test
    void a2023DraftScoringProblemReadsTheGradingMap() throws Exception {
        Path dir = write("graded", "problem.yaml", "problem_format_version: 2023-07-draft\ntype: scoring\n");
        sample("graded");
        write("graded", "data/secret/g1/testdata.yaml", "grading:\n  score: 5\n  max_score: 10\n");
        write("graded", "data/secret/g2/testdata.yaml", "grading:\n  score: 2\n  aggregation: sum\n");
        for (String test : List.of("g1/1", "g1/2", "g2/1")) {
            write("graded", "data/secret/" + test + ".in", "1\n");
            write("graded", "data/secret/" + test + ".ans", "1\n");
        }

        Scoring scoring = ProblemPackages.load(dir).scoring();

        assertThat(scoring.groups()).extracting(TestGroup::aggregation)
                .containsExactly(ScoreAggregation.MIN, ScoreAggregation.SUM);
        assertThat(scoring.groups()).extracting(TestGroup::acceptScore).containsExactly(5.0, 2.0);
        assertThat(scoring.groups()).extracting(TestGroup::maxScore).containsExactly(10.0, null);
    }

    @Test
    void aPassFailProblemHasNoScoringButItsGroupFlagsReachACustomValidator() throws Exception {
        Path dir = write("flagged", "problem.yaml", "validation: custom\nvalidator_flags: a\n");
        sample("flagged");
        write("flagged", "data/sample/testdata.yaml", "output_validator_flags: b c\n");
        write("flagged", "output_validators/v.py", "import sys\nsys.exit(42)\n");

        ProblemPackage problem = ProblemPackages.load(dir);

        assertThat(problem.scoring()).isNull();
        assertThat(problem.samples().get(0).validatorFlags()).containsExactly("a", "b", "c");
    }

    @Test
    void aSetLoadsEveryPackageInNaturalOrderAndSkipsOtherFolders() throws Exception {
        minimal("p10");
        minimal("p2");
        Files.createDirectories(root.resolve("not-a-problem"));
        Files.writeString(root.resolve("README.md"), "hello\n");

        List<ProblemPackage> set = ProblemPackages.loadSet(root);

        assertThat(set).extracting(ProblemPackage::id).containsExactly("p2", "p10");
    }

    private void assertProblem(Path dir, String message) {
        assertThatThrownBy(() -> ProblemPackages.load(dir)).isInstanceOf(ProblemPackageException.class)
                .hasMessage(message);
    }

    private Path minimal(String id) throws IOException {
        Path dir = write(id, "problem.yaml", "name: " + id + "\n");
        sample(id);
        return dir;
    }

    private void sample(String id) throws IOException {
        write(id, "data/sample/1.in", "in\n");
        write(id, "data/sample/1.ans", "ans\n");
    }

    private Path write(String id, String file, String content) throws IOException {
        Path path = root.resolve(id).resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        return root.resolve(id);
    }
}
