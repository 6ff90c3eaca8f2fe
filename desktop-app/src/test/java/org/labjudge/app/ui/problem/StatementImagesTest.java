package org.labjudge.app.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement's images are found beside it in the package, and nowhere else. */
class StatementImagesTest {

    @TempDir
    Path dir;

    @Test
    void aMarkdownImageIsFoundInTheStatementFolderOfEitherFormat() throws Exception {
        Path newer = file("statement/figure.png");
        Path legacy = file("problem_statement/legacy.jpg");

        assertThat(StatementImages.resolve(dir, "figure.png")).contains(newer);
        assertThat(StatementImages.resolve(dir, "legacy.jpg")).contains(legacy);
    }

    @Test
    void latexLeavesTheExtensionOut() throws Exception {
        Path figure = file("problem_statement/tree.png");

        assertThat(StatementImages.resolve(dir, "tree")).contains(figure);
    }

    @Test
    void nothingOutsideThePackageNorFromTheNetworkNorOfAFormatThatCannotBeShown() throws Exception {
        file("problem_statement/figure.pdf");
        Files.writeString(dir.resolveSibling("outside.png"), "x");

        assertThat(StatementImages.resolve(dir, "figure.pdf")).isEmpty();
        assertThat(StatementImages.resolve(dir, "../../outside.png")).isEmpty();
        assertThat(StatementImages.resolve(dir, "https://example.org/a.png")).isEmpty();
        assertThat(StatementImages.resolve(dir, "missing.png")).isEmpty();
        assertThat(StatementImages.resolve(null, "figure.png")).isEmpty();
    }

    private Path file(String relative) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not read here");
        return file;
    }
}
