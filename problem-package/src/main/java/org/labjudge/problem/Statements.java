package org.labjudge.problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and reads a package's statement: {@code problem_statement/} (legacy) or {@code statement/}
 * (2023-07), file {@code problem.md} or {@code problem.<lang>.md}, English preferred. When only LaTeX exists
 * its text is made readable as Markdown ({@link LatexText}); a PDF-only statement gives no text.
 */
final class Statements {

    private static final Pattern STATEMENT = Pattern.compile("problem(?:\\.([A-Za-z-]+))?\\.(md|tex)");

    private Statements() {
    }

    /** The statement as Markdown, and the name a LaTeX statement gives in {@code \problemname}, if any. */
    record Statement(String markdown, String latexName) {
    }

    static Statement read(Path dir, String displayDir) throws ProblemPackageException {
        List<Path> candidates = new ArrayList<>();
        for (String folder : List.of("problem_statement", "statement")) {
            Path statements = dir.resolve(folder);
            if (Files.isDirectory(statements)) {
                try (Stream<Path> files = Files.list(statements)) {
                    files.filter(f -> Files.isRegularFile(f) && STATEMENT.matcher(f.getFileName().toString()).matches())
                            .forEach(candidates::add);
                } catch (IOException e) {
                    throw new ProblemPackageException(displayDir + "/" + folder + ": cannot list: " + e.getMessage(),
                            e);
                }
            }
        }
        Optional<Path> best = candidates.stream().min(Comparator.comparingInt(Statements::rank)
                .thenComparing(p -> p.getFileName().toString()));
        if (best.isEmpty()) {
            return new Statement("", null);
        }
        Path file = best.get();
        String display = displayDir + "/" + dir.relativize(file).toString().replace('\\', '/');
        String text = TextFiles.readUtf8(file, display);
        if (file.getFileName().toString().endsWith(".md")) {
            return new Statement(text, null);
        }
        return new Statement(LatexText.toMarkdown(text), LatexText.problemName(text));
    }

    /** Markdown before LaTeX; English, then no language, then others. */
    private static int rank(Path file) {
        Matcher m = STATEMENT.matcher(file.getFileName().toString());
        m.matches();
        String language = m.group(1);
        int languageRank = "en".equals(language) ? 0 : language == null ? 1 : 2;
        int typeRank = "md".equals(m.group(2)) ? 0 : 10;
        return typeRank + languageRank;
    }
}
