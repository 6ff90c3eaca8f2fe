package org.labjudge.app.ui.problem;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the sample problems shipped in the repository's {@code examples/problems} (and their reference
 * solutions in {@code examples/solutions}): from {@code $LABJUDGE_EXAMPLES}, else by walking up from the
 * working directory and from where the app's classes live.
 */
public final class BundledProblems {

    private static final Path RELATIVE = Path.of("examples", "problems");

    private BundledProblems() {
    }

    /** The folder holding the sample problem packages, if it can be found. */
    public static Optional<Path> locate() {
        String configured = System.getenv("LABJUDGE_EXAMPLES");
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured);
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        }
        Optional<Path> fromWorkingDir = walkUp(Path.of("").toAbsolutePath());
        if (fromWorkingDir.isPresent()) {
            return fromWorkingDir;
        }
        try {
            Path code = Path.of(BundledProblems.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return walkUp(code.toAbsolutePath());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The reference solutions next to {@code problemsDir} ({@code examples/solutions}). */
    public static Path solutionsFor(Path problemsDir) {
        Path parent = problemsDir.toAbsolutePath().getParent();
        return parent == null ? Path.of("solutions") : parent.resolve("solutions");
    }

    private static Optional<Path> walkUp(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
