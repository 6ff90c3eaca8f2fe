package org.labjudge.app.grade;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Language;
import de.jplag.Match;
import de.jplag.Token;
import de.jplag.clustering.ClusteringOptions;
import de.jplag.exceptions.BasecodeException;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.labjudge.app.grade.SimilarPair.Mark;
import org.labjudge.app.grade.SimilarPair.MarkedFile;
import org.labjudge.app.submission.Submission;

/**
 * Compares the submissions of each language with each other through JPlag (as a library, in this JVM): the
 * pairs whose similarity reaches the threshold, with the matching lines of both sides. Code every student was
 * given (the template: a file or a folder) is JPlag's base code, so what they share because of it does not
 * count. Languages without a JPlag module, and submissions JPlag cannot parse or finds too short, are named in
 * the report's notes instead.
 */
public final class SimilarityCheck {

    /** JPlag's language module for each LabJudge language id that has one. */
    private static final Map<String, Supplier<Language>> LANGUAGES = Map.of(
            "java", de.jplag.java.Language::new,
            "python", de.jplag.python3.Language::new,
            "pypy", de.jplag.python3.Language::new,
            "c", de.jplag.cpp.Language::new,
            "cpp", de.jplag.cpp.Language::new);

    private final double threshold;
    private final Path template;

    /**
     * @param threshold the least similarity (0 to 1) a pair is reported with
     * @param template base code given to every student, a file or a folder; {@code null}: none
     */
    public SimilarityCheck(double threshold, Path template) {
        this.threshold = threshold;
        this.template = template;
    }

    public SimilarityReport check(List<Submission> submissions) throws IOException {
        long start = System.nanoTime();
        Map<String, List<Submission>> byLanguage = new TreeMap<>();
        submissions.stream().filter(Submission::usable)
                .forEach(s -> byLanguage.computeIfAbsent(s.language(), l -> new ArrayList<>()).add(s));
        List<SimilarPair> pairs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Path work = Files.createTempDirectory("labjudge-similarity");
        try {
            for (var entry : byLanguage.entrySet()) {
                if (entry.getValue().size() < 2) {
                    continue;
                }
                Supplier<Language> language = LANGUAGES.get(entry.getKey());
                if (language == null) {
                    notes.add(entry.getKey() + ": not compared (JPlag has no module for it here)");
                    continue;
                }
                compare(entry.getKey(), language.get(), entry.getValue(), work.resolve(entry.getKey()), pairs, notes);
            }
        } finally {
            delete(work);
        }
        pairs.sort(Comparator.comparingDouble(SimilarPair::similarity).reversed()
                .thenComparing(SimilarPair::first).thenComparing(SimilarPair::second));
        return new SimilarityReport(threshold, pairs, notes, (System.nanoTime() - start) / 1_000_000);
    }

    private void compare(String languageId, Language language, List<Submission> submissions, Path dir,
                         List<SimilarPair> pairs, List<String> notes) throws IOException {
        Path root = Files.createDirectories(dir.resolve("submissions"));
        Map<String, Submission> byFolder = new HashMap<>();
        Map<Path, String> originalNames = new HashMap<>();
        int n = 0;
        for (Submission submission : submissions) {
            String folder = String.format("s%04d", ++n);
            byFolder.put(folder, submission);
            Path to = Files.createDirectories(root.resolve(folder));
            if (submission.source() != null) {
                write(to, submission.path().getFileName().toString(), submission.source(), language, originalNames);
            }
            for (var extra : submission.files()) {
                write(to, extra.name(), extra.content(), language, originalNames);
            }
        }
        Path base = baseCode(dir.resolve("base"), language);
        JPlagOptions options = new JPlagOptions(language, Set.of(root.toFile()), Set.of())
                .withSimilarityThreshold(threshold)
                .withMaximumNumberOfComparisons(JPlagOptions.SHOW_ALL_COMPARISONS)
                .withClusteringOptions(new ClusteringOptions().withEnabled(false));
        JPlagResult result;
        try {
            result = run(base == null ? options : options.withBaseCodeSubmissionDirectory(base.toFile()));
        } catch (BasecodeException e) {
            notes.add(languageId + ": the template was not used as base code (" + e.getMessage() + ")");
            try {
                result = run(options);
            } catch (ExitException again) {
                notes.add(languageId + ": not compared (" + again.getMessage() + ")");
                return;
            }
        } catch (ExitException e) {
            notes.add(languageId + ": not compared (" + e.getMessage() + "; JPlag leaves out a submission it"
                    + " cannot parse or shorter than one match, " + language.minimumTokenMatch() + " tokens)");
            return;
        }
        Set<String> compared = new java.util.HashSet<>();
        result.getSubmissions().getSubmissions().forEach(s -> compared.add(s.getName()));
        for (var entry : new TreeMap<>(byFolder).entrySet()) {
            if (!compared.contains(entry.getKey())) {
                notes.add(entry.getValue().student() + " (" + languageId + "): not compared (JPlag could not parse it,"
                        + " or it is shorter than one match)");
            }
        }
        for (JPlagComparison comparison : result.getAllComparisons()) {
            if (comparison.similarity() < threshold) {
                continue;
            }
            Submission a = byFolder.get(comparison.firstSubmission().getName());
            Submission b = byFolder.get(comparison.secondSubmission().getName());
            boolean swap = a.student().compareTo(b.student()) > 0;
            List<MarkedFile> aFiles = marked(comparison.firstSubmission(), comparison.matches(), true, originalNames);
            List<MarkedFile> bFiles = marked(comparison.secondSubmission(), comparison.matches(), false, originalNames);
            pairs.add(swap
                    ? new SimilarPair(b.student(), a.student(), languageId, comparison.similarity(),
                            comparison.getNumberOfMatchedTokens(), bFiles, aFiles)
                    : new SimilarPair(a.student(), b.student(), languageId, comparison.similarity(),
                            comparison.getNumberOfMatchedTokens(), aFiles, bFiles));
        }
    }

    private static JPlagResult run(JPlagOptions options) throws ExitException {
        return new JPlag(options).run();
    }

    /** The template's files of this language, in a folder of their own; {@code null} when there are none. */
    private Path baseCode(Path dir, Language language) throws IOException {
        if (template == null) {
            return null;
        }
        List<Path> files;
        if (Files.isDirectory(template)) {
            try (Stream<Path> walk = Files.walk(template)) {
                files = walk.filter(Files::isRegularFile).filter(p -> accepts(language, p.toString())).toList();
            }
        } else {
            files = Files.isRegularFile(template) ? List.of(template) : List.of();
        }
        if (files.isEmpty()) {
            return null;
        }
        Files.createDirectories(dir);
        Map<Path, String> ignored = new HashMap<>();
        for (Path file : files) {
            write(dir, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), language, ignored);
        }
        return dir;
    }

    /** Writes a source under a name JPlag's module accepts (it filters by suffix), remembering the real name. */
    private static void write(Path dir, String name, String text, Language language, Map<Path, String> names)
            throws IOException {
        String stored = accepts(language, name) ? name : name + language.suffixes()[0];
        Path file = dir.resolve(stored);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        names.put(file.toAbsolutePath().normalize(), name);
    }

    private static boolean accepts(Language language, String name) {
        return Arrays.stream(language.suffixes()).anyMatch(name::endsWith);
    }

    /** One side's files with the line ranges of every match. */
    private static List<MarkedFile> marked(de.jplag.Submission side, List<Match> matches, boolean first,
                                           Map<Path, String> names) throws IOException {
        List<Token> tokens = side.getTokenList();
        Map<File, List<Mark>> marks = new LinkedHashMap<>();
        for (File file : side.getFiles()) {
            marks.put(file, new ArrayList<>());
        }
        int number = 0;
        for (Match match : matches) {
            number++;
            int start = first ? match.startOfFirst() : match.startOfSecond();
            Token from = tokens.get(start);
            Token to = tokens.get(start + match.length() - 1);
            marks.computeIfAbsent(from.getFile(), f -> new ArrayList<>())
                    .add(new Mark(Math.max(1, from.getLine()), Math.max(from.getLine(), to.getLine()), number));
        }
        List<MarkedFile> files = new ArrayList<>();
        for (var entry : marks.entrySet()) {
            Path path = entry.getKey().toPath().toAbsolutePath().normalize();
            String name = Optional.ofNullable(names.get(path)).orElse(path.getFileName().toString());
            files.add(new MarkedFile(name, Files.readString(path, StandardCharsets.UTF_8), entry.getValue()));
        }
        files.sort(Comparator.comparing(MarkedFile::name));
        return files;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
