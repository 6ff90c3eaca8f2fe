package org.labjudge.app.ui.problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a statement's image ({@code ![..](file)} in Markdown, {@code \includegraphics{file}} in LaTeX) in its
 * package: beside the statement ({@code statement/} or the legacy {@code problem_statement/}), LaTeX's
 * extension-less names tried with the formats JavaFX shows. Never outside the package, never from the network.
 */
final class StatementImages {

    private static final List<String> FOLDERS = List.of("statement", "problem_statement");
    private static final List<String> EXTENSIONS = List.of("", ".png", ".jpg", ".jpeg", ".gif", ".bmp");

    private StatementImages() {
    }

    static Optional<Path> resolve(Path packageDir, String destination) {
        if (packageDir == null || destination == null || destination.isBlank() || destination.contains(":")) {
            return Optional.empty();
        }
        Path root = packageDir.toAbsolutePath().normalize();
        for (String folder : FOLDERS) {
            Path base = root.resolve(folder);
            for (String extension : EXTENSIONS) {
                Path file = base.resolve(destination + extension).normalize();
                if (file.startsWith(root) && Files.isRegularFile(file) && shown(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean shown(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return EXTENSIONS.stream().skip(1).anyMatch(name::endsWith);
    }
}
