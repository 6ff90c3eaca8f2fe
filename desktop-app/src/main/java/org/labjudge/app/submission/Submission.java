package org.labjudge.app.submission;

import java.nio.file.Path;
import java.util.List;
import org.labjudge.protocol.SourceFile;

/**
 * One student's submission: who ({@code student}, from the file or folder name), the main source and its
 * language, and any other source files of the same language from the student's folder. {@code problem} is
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
}
