package org.labjudge.app.submission;

import java.nio.file.Path;
import java.util.List;
import org.labjudge.protocol.SourceFile;

/**
 * One student's submission: who ({@code student}, from the file or folder name), its language, and its
 * program: the one source file's text ({@code source}), or for a folder {@code source} {@code null} and the
 * folder's files of that language, headers included, in {@code files} (one program of several files, whose
 * main file the node finds). {@code problem} is
 * set instead when nothing could be judged (no source file, unknown extension), so the student still gets a
 * row in the report.
 */
public record Submission(String student, Path path, String language, String source, List<SourceFile> files,
                         String problem) {

    public Submission {
        files = files == null ? List.of() : List.copyOf(files);
    }

    static Submission unusable(String student, Path path, String problem) {
        return new Submission(student, path, null, null, List.of(), problem);
    }

    public boolean usable() {
        return problem == null;
    }

    /** What the node runs. */
    public Program program() {
        return new Program(language, source, files);
    }
}
