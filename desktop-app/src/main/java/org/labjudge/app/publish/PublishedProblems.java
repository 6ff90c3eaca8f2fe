package org.labjudge.app.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.labjudge.app.ui.data.DataFolder;
import org.labjudge.problem.ProblemPackageException;

/**
 * The problems this user published, kept in the data folder ({@code published/<id>.json}, each a
 * {@link PublishedProblem}), so {@code labjudge nodes} can say which of them every node holds in full.
 */
public final class PublishedProblems {
    private final Path dir;

    public PublishedProblems(Path dir) {
        this.dir = dir;
    }

    /** {@code published/} in the user's data folder. */
    public static PublishedProblems atDefaultLocation() {
        return new PublishedProblems(DataFolder.path().resolve("published"));
    }

    /** Keeps {@code problem}, replacing an earlier publication of the same id. */
    public void remember(PublishedProblem problem) throws IOException {
        new StudentCopy().writeManifest(problem, dir.resolve(problem.id()));
    }

    /** Every problem published from here; one that cannot be read is left out. */
    public List<PublishedProblem> all() {
        List<PublishedProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return problems;
        }
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : (Iterable<Path>) folders.sorted()::iterator) {
                try {
                    problems.add(new StudentCopy().read(folder));
                } catch (ProblemPackageException e) {
                    // not one of ours, or from another version: not shown
                }
            }
        } catch (IOException e) {
            return problems;
        }
        return problems;
    }
}
