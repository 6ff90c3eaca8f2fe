package org.labjudge.app.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.labjudge.app.language.Languages;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.SourceFile;

/**
 * Reads a folder of submissions for grading: each entry is one student, either a single source file
 * ({@code alice.py}: student {@code alice}) or a folder ({@code bob/}: student {@code bob}) holding the
 * sources: one program of several files, read by {@link ProgramReader} (its sources and headers; the node
 * finds the main file by the language's rule). Every entry but a hidden one is a student, so a file of an unknown type
 * ({@code zoe.txt}) or not in UTF-8, or a folder
 * without a source file (or with sources of two languages) still gets a row with the reason; inside a folder,
 * hidden and non-source files are ignored.
 */
public final class SubmissionScanner {

    private SubmissionScanner() {
    }

    public static List<Submission> scan(Path folder, Languages languages) throws IOException {
        List<Path> entries;
        try (Stream<Path> children = Files.list(folder)) {
            entries = children.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<Submission> submissions = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                submissions.add(fromFolder(entry, languages));
            } else if (Files.isRegularFile(entry)) {
                // Every entry is a student: a file of an unknown type gets its row with the reason.
                submissions.add(fromFile(entry, languages));
            }
        }
        return submissions;
    }

    /** A single source file as a submission (also what {@code labjudge judge} uses). */
    public static Submission fromFile(Path file, Languages languages) throws IOException {
        String name = file.getFileName().toString();
        String student = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Optional<String> language = languages.forFile(file).map(LanguageInfo::id);
        if (language.isEmpty()) {
            return Submission.unusable(student, file,
                    "unknown file type (the pool knows " + languages.extensionsText() + ")");
        }
        try {
            return new Submission(student, file, language.get(), ProgramReader.text(file), List.of(), null);
        } catch (ProgramReader.ProgramException e) {
            return Submission.unusable(student, file, e.getMessage());
        }
    }

    private static Submission fromFolder(Path folder, Languages languages) throws IOException {
        String student = folder.getFileName().toString();
        try {
            Program program = ProgramReader.read(List.of(folder), languages, null);
            return new Submission(student, folder, program.language(), program.source(), program.files(), null);
        } catch (ProgramReader.ProgramException e) {
            return Submission.unusable(student, folder, e.getMessage());
        }
    }
}
