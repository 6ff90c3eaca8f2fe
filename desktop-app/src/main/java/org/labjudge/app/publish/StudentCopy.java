package org.labjudge.app.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ProtocolException;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackageException;
import org.labjudge.problem.ProblemPackages;

/**
 * The student copy of a published problem: a folder with {@value #MANIFEST} (the {@link PublishedProblem}), the
 * package's {@code problem.yaml}, its statement folders (for their images) and {@code data/sample}; never
 * {@code data/secret} nor the output validator, whose data only the nodes hold. The editor and {@code labjudge judge}
 * open it as they open a package ({@link #load}) and judge it in full by hash.
 */
public final class StudentCopy {
    /** The file that makes a folder a student copy. */
    public static final String MANIFEST = "labjudge-published.json";
    /** What of the package is copied as it is: nothing secret. */
    private static final List<String> COPIED = List.of("problem.yaml", "statement", "problem_statement", "data/sample");

    private final ObjectMapper mapper = Json.newMapper();

    /** Whether {@code dir} is a student copy. */
    public static boolean isOne(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /** A student copy if {@code dir} is one, else the package in {@code dir}. */
    public static ProblemPackage load(Path dir) throws ProblemPackageException {
        return isOne(dir) ? new StudentCopy().read(dir).toPackage(dir) : ProblemPackages.load(dir);
    }

    /** The manifest of the student copy in {@code dir}. */
    public PublishedProblem read(Path dir) throws ProblemPackageException {
        Path file = dir.resolve(MANIFEST);
        try {
            PublishedProblem problem = Json.read(mapper, Files.readAllBytes(file), PublishedProblem.class);
            if (problem.format() != PublishedProblem.FORMAT) {
                throw new ProblemPackageException(file + ": format " + problem.format() + ", this app reads "
                        + PublishedProblem.FORMAT);
            }
            return problem;
        } catch (IOException e) {
            throw new ProblemPackageException(file + ": cannot read: " + e.getMessage(), e);
        } catch (ProtocolException e) {
            throw new ProblemPackageException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the student copy of {@code problem} (published from {@code source}) into {@code out}, replacing one there. */
    public void write(PublishedProblem problem, Path source, Path out) throws IOException {
        if (Files.exists(out) && !isOne(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(out + " exists and is not a student copy: choose another --out");
                }
            }
        }
        deleteTree(out);
        Files.createDirectories(out);
        for (String part : COPIED) {
            Path from = source.resolve(part);
            if (Files.exists(from)) {
                copyTree(from, out.resolve(part));
            }
        }
        writeManifest(problem, out);
    }

    /** Writes {@code problem}'s manifest into {@code dir} (made when missing). */
    public void writeManifest(PublishedProblem problem, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(MANIFEST), Json.write(mapper, problem).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
