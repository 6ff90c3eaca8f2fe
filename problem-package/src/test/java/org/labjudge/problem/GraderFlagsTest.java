package org.labjudge.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.ScoreAggregation;
import org.labjudge.protocol.TestGroup;
import org.labjudge.protocol.VerdictAggregation;

/** The legacy default grader's {@code grader_flags}: verdict modes, flags, and what is refused. */
class GraderFlagsTest {

    @TempDir
    Path root;

    @Test
    void aLegacyGroupWithoutVerdictModeTakesTheDefaultGradersWorstErrorAnd2023ItsFirst() throws Exception {
        Path legacy = scoring("legacy", "", "secret/g", "");
        Path modern = scoring("modern", "problem_format_version: 2023-07-draft\n", "secret/g", "");

        assertThat(group(legacy, 0).verdictAggregation()).isEqualTo(VerdictAggregation.WORST_ERROR);
        assertThat(group(legacy, 0).acceptIfAnyAccepted()).isFalse();
        assertThat(group(modern, 0).verdictAggregation()).isEqualTo(VerdictAggregation.FIRST_ERROR);
    }

    @Test
    void eachVerdictModeIsReadAndTheLastGivenWins() throws Exception {
        Path dir = scoring("modes", "", "secret/a", "grader_flags: first_error\n");
        folder(dir, "secret/b", "grader_flags: first_error always_accept\n");
        folder(dir, "secret/c", "grader_flags: always_accept worst_error max\n");

        assertThat(ProblemPackages.load(dir).scoring().groups()).extracting(TestGroup::verdictAggregation)
                .containsExactly(VerdictAggregation.FIRST_ERROR, VerdictAggregation.ALWAYS_ACCEPT,
                        VerdictAggregation.WORST_ERROR);
        assertThat(group(dir, 2).aggregation()).isEqualTo(ScoreAggregation.MAX);
    }

    @Test
    void acceptIfAnyAcceptedIsInheritedAndAGroupsOwnGraderFlagsReplaceItsParents() throws Exception {
        // As in problemtools' oddecho: secret's flags reach a group until the group gives grader_flags itself.
        Path dir = scoring("inherit", "", "secret/a", "");
        folder(dir, "secret", "grader_flags: first_error accept_if_any_accepted\n");
        folder(dir, "secret/b", "grader_flags: min\n");

        TestGroup inherits = group(dir, 0);
        TestGroup own = group(dir, 1);

        assertThat(inherits.verdictAggregation()).isEqualTo(VerdictAggregation.FIRST_ERROR);
        assertThat(inherits.acceptIfAnyAccepted()).isTrue();
        assertThat(own.verdictAggregation()).isEqualTo(VerdictAggregation.WORST_ERROR);
        assertThat(own.acceptIfAnyAccepted()).isFalse();
        assertThat(own.aggregation()).isEqualTo(ScoreAggregation.MIN);
    }

    @Test
    void aGroupsGraderFlagsWithoutAScoreModeSumAsTheGraderDoesNotAsItsParentSaid() throws Exception {
        Path dir = scoring("scoremode", "", "secret/a", "grader_flags: first_error\n");
        folder(dir, "secret", "grader_flags: min\n");
        folder(dir, "secret/b", "on_reject: continue\n");

        assertThat(group(dir, 0).aggregation()).isEqualTo(ScoreAggregation.SUM);
        assertThat(group(dir, 1).aggregation()).isEqualTo(ScoreAggregation.MIN);
    }

    @Test
    void ignoreSampleIsReadAtTheTopLevelAndRefusedBelowIt() throws Exception {
        Path top = scoring("top", "", "secret/g", "");
        folder(top, "", "grader_flags: ignore_sample\n");
        folder(top, "secret", "grader_flags: sum\n");
        assertThat(ProblemPackages.load(top).scoring().groups()).hasSize(1);

        Path below = scoring("below", "", "secret/g", "grader_flags: ignore_sample min\n");
        assertThatThrownBy(() -> ProblemPackages.load(below)).isInstanceOf(ProblemPackageException.class)
                .hasMessage("below/data/secret/g/testdata.yaml: grader_flags: ignore_sample is only allowed in"
                        + " data/testdata.yaml");
    }

    @Test
    void anUnknownFlagAndACustomGraderAreRefusedNamingTheFile() throws Exception {
        Path unknown = scoring("unknown", "", "secret/g", "grader_flags: worst_errors\n");
        assertThatThrownBy(() -> ProblemPackages.load(unknown)).isInstanceOf(ProblemPackageException.class)
                .hasMessage("unknown/data/secret/g/testdata.yaml: grader_flags: unknown flag 'worst_errors', expected"
                        + " sum, avg, min, max, worst_error, first_error, always_accept, accept_if_any_accepted or"
                        + " ignore_sample");

        Path custom = scoring("custom", "", "secret/g", "grading: custom\ngrader_flags: mine\n");
        assertThatThrownBy(() -> ProblemPackages.load(custom)).isInstanceOf(ProblemPackageException.class)
                .hasMessage("custom/data/secret/g/testdata.yaml: grading: custom: LabJudge has the default grader only");
    }

    private TestGroup group(Path dir, int index) throws ProblemPackageException {
        return ProblemPackages.load(dir).scoring().groups().get(index);
    }

    /** A scoring package with a sample and one test in {@code group}, whose testdata.yaml is {@code yaml}. */
    private Path scoring(String id, String problemYaml, String group, String yaml) throws IOException {
        Path dir = root.resolve(id);
        write(dir, "problem.yaml", problemYaml + "type: scoring\n");
        write(dir, "data/sample/1.in", "1\n");
        write(dir, "data/sample/1.ans", "1\n");
        folder(dir, group, yaml);
        return dir;
    }

    /** Adds {@code data/<folder>} with one test, and its testdata.yaml when {@code yaml} is not empty. */
    private void folder(Path dir, String folder, String yaml) throws IOException {
        Path data = dir.resolve("data").resolve(folder);
        if (folder.startsWith("secret/")) {
            write(data, "1.in", "1\n");
            write(data, "1.ans", "1\n");
        }
        if (!yaml.isEmpty()) {
            write(data, "testdata.yaml", yaml);
        }
    }

    private static void write(Path dir, String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
