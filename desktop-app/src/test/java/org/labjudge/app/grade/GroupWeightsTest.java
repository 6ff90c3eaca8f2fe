package org.labjudge.app.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a pass/fail problem's group weights come from, and which group a test is in. */
class GroupWeightsTest {

    @TempDir
    Path dir;

    @Test
    void theGradingFileBesideThePackageNamesTheWeights() throws Exception {
        Path problem = GradeFixtures.passFail(dir);
        Files.writeString(dir.resolve("sum.grading.yaml"), "# partial credit\nweights:\n  secret/a: 40\n"
                + "  data/secret/b/: 60\n");

        GroupWeights weights = GroupWeights.of(problem);

        assertThat(weights.byFolder()).isEqualTo(Map.of("secret/a", 40.0, "secret/b", 60.0));
        assertThat(weights.source()).as("named, not a path into the teacher's folders").isEqualTo("sum.grading.yaml");
        assertThat(weights.groupOf("secret/a/2")).contains("secret/a");
        assertThat(weights.groupOf("sample/1")).isEmpty();
        assertThat(weights.weightOf("secret/b", 1)).isEqualTo(60);
    }

    @Test
    void aTestBelongsToTheDeepestFolderNamed() {
        GroupWeights weights = new GroupWeights(Map.of("secret", 10.0, "secret/hard", 90.0), "test");

        assertThat(weights.groupOf("secret/easy/1")).contains("secret");
        assertThat(weights.groupOf("secret/hard/deeper/1")).contains("secret/hard");
        assertThat(weights.groupOf("secret/1")).contains("secret");
    }

    @Test
    void withoutAGradingFileTheGroupsTestdataScoresAreTheWeights() throws Exception {
        Path problem = GradeFixtures.passFail(dir);
        Files.writeString(problem.resolve("data/secret/a/testdata.yaml"), "range: 0 30\n");
        Files.writeString(problem.resolve("data/secret/b/testdata.yaml"), "grading:\n  max_score: 70\n");

        GroupWeights weights = GroupWeights.of(problem);

        assertThat(weights.byFolder()).isEqualTo(Map.of("secret/a", 30.0, "secret/b", 70.0));
    }

    @Test
    void withNeitherEveryTestWeighsOne() throws Exception {
        GroupWeights weights = GroupWeights.of(GradeFixtures.passFail(dir));

        assertThat(weights).isEqualTo(GroupWeights.EQUAL);
        assertThat(weights.groupOf("secret/a/1")).contains("secret/a");
        assertThat(weights.weightOf("secret/a", 2)).isEqualTo(2);
    }

    @Test
    void aWeightThatIsNoNumberIsRefusedWithTheFileAndKey() throws IOException {
        Path file = dir.resolve("x.grading.yaml");
        Files.writeString(file, "weights:\n  secret/a: lots\n");

        assertThatThrownBy(() -> GroupWeights.read(file)).hasMessage(file + ": weights.secret/a: expected a number >= 0,"
                + " got 'lots'");
    }
}
