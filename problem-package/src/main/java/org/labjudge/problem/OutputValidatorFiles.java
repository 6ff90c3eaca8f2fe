package org.labjudge.problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.SourceFile;
import org.labjudge.protocol.ValidatorSpec;

/**
 * Reads a package's custom output validator: the one program in {@code output_validators/} (legacy) or
 * {@code output_validator/} (2023-07 on), a folder or a single file. Its language follows from its sources'
 * extensions (C, C++, Python, Java); headers such as {@code validate.h} go with it. {@code build} and
 * {@code run} scripts are refused, as LabJudge builds validators by their language only.
 */
final class OutputValidatorFiles {
    private static final List<String> CPP = List.of(".cpp", ".cc", ".cxx", ".c++", ".C");
    private static final List<String> HEADERS = List.of(".h", ".hpp", ".hh", ".hxx");

    private OutputValidatorFiles() {
    }

    static ValidatorSpec read(Path dir, String folder, Limits limits, String display) throws ProblemPackageException {
        Path root = dir.resolve(folder);
        String where = display + "/" + folder;
        List<Path> programs = list(root, where);
        if (programs.isEmpty()) {
            throw new ProblemPackageException(where + ": no output validator, though the package asks for a custom one");
        }
        Path program = programs.get(0);
        if (Files.isDirectory(root) && programs.size() > 1 && !folder.equals("output_validator")) {
            throw new ProblemPackageException(where + ": " + programs.size()
                    + " output validators; LabJudge runs one per problem");
        }
        // 2023-07: the folder is the program itself (or, as in problemtools' own examples, its one subfolder).
        List<Path> files = folder.equals("output_validator") ? programFiles(programs, where)
                : Files.isDirectory(program) ? list(program, where + "/" + program.getFileName()) : List.of(program);
        List<SourceFile> sources = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals("build") || name.equals("run")) {
                throw new ProblemPackageException(where + ": validators built by a '" + name
                        + "' script are not supported: LabJudge builds C, C++, Python and Java validators by"
                        + " their file extensions");
            }
            String language = language(name);
            if (language == null && !HEADERS.stream().anyMatch(name::endsWith)) {
                continue; // a README or other file the build does not use
            }
            if (Files.isDirectory(file)) {
                throw new ProblemPackageException(where + "/" + name + ": folders inside a validator are not supported");
            }
            if (language != null) {
                languages.add(language);
            }
            sources.add(new SourceFile(name, TextFiles.readUtf8(file, where + "/" + name)));
        }
        if (languages.contains("cpp")) {
            languages.remove("c"); // C files beside C++ ones are compiled as C++
        }
        if (languages.size() != 1) {
            throw new ProblemPackageException(where + ": cannot tell the validator's language from its files"
                    + (languages.isEmpty() ? " (no .c, .cpp, .py or .java file)" : ": " + languages));
        }
        return new ValidatorSpec(languages.iterator().next(), sources, limits);
    }

    /** A 2023-07 validator's files: those of {@code output_validator/}, or of its only folder when it has no sources. */
    private static List<Path> programFiles(List<Path> entries, String where) throws ProblemPackageException {
        List<Path> folders = entries.stream().filter(Files::isDirectory).toList();
        boolean sources = entries.stream().anyMatch(e -> !Files.isDirectory(e)
                && language(e.getFileName().toString()) != null);
        if (!sources && folders.size() == 1) {
            return list(folders.get(0), where + "/" + folders.get(0).getFileName());
        }
        return entries;
    }

    private static String language(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (CPP.stream().anyMatch(name::endsWith)) {
            return "cpp";
        }
        if (lower.endsWith(".c")) {
            return "c";
        }
        if (lower.endsWith(".py")) {
            return "python";
        }
        if (lower.endsWith(".java")) {
            return "java";
        }
        return null;
    }

    private static List<Path> list(Path folder, String where) throws ProblemPackageException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(),
                    b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new ProblemPackageException(where + ": cannot list: " + e.getMessage(), e);
        }
    }
}
