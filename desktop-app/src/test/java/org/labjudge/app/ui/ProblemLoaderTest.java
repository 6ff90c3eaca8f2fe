package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.app.publish.PublishedProblem;
import org.labjudge.app.publish.StudentCopy;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackages;
import org.labjudge.protocol.TestCase;

/**
 * The editor opens a published problem's student copy as the problem itself: every secret test there, by hash
 * only, so its Judge runs them all on the nodes that hold the data while no secret byte is on the student's disk.
 */
class ProblemLoaderTest {

    private static final Path SUM = WindowDriver.EXAMPLES.resolve("sum");

    @Test
    void aStudentCopyOpensWithEverySecretTestByHash(@TempDir Path home) throws Exception {
        ProblemPackage full = ProblemPackages.load(SUM);
        PublishedProblem.Publication publication = PublishedProblem.of(full);
        Path copy = home.resolve("sum-student");
        new StudentCopy().write(publication.problem(), SUM, copy);

        List<ProblemPackage> opened = ProblemLoader.load(copy);

        assertThat(opened).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(full.id());
            assertThat(problem.samples()).isEqualTo(full.samples());
            assertThat(problem.secretTests()).hasSameSizeAs(full.secretTests()).isNotEmpty()
                    .allSatisfy(test -> {
                        assertThat(test.input()).isEmpty();
                        assertThat(test.inputHash()).isNotNull();
                        assertThat(publication.blobs()).containsKey(test.inputHash());
                    });
            assertThat(problem.secretTests().stream().map(TestCase::name))
                    .containsExactlyElementsOf(full.secretTests().stream().map(TestCase::name).toList());
        });
        try (Stream<Path> files = Files.walk(copy)) {
            assertThat(files.map(copy::relativize).map(Path::toString)).noneMatch(name -> name.contains("secret"));
        }
    }

    @Test
    void aPackageOpensWithItsDataInline() throws Exception {
        assertThat(ProblemLoader.load(SUM)).singleElement().satisfies(problem -> assertThat(problem.secretTests())
                .isNotEmpty().allSatisfy(test -> assertThat(test.inputHash()).isNull()));
    }
}
