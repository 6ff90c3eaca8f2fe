package org.labjudge.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.labjudge.app.language.Languages;
import org.labjudge.app.submission.Program;
import org.labjudge.app.submission.ProgramReader;
import org.labjudge.app.submission.ProgramReader.ProgramException;
import org.labjudge.protocol.SourceFile;

/**
 * A folder opened in the editor as one submission: its program's files (as {@link ProgramReader} picks them), each
 * in a tab. Run and Judge from any of them send every file, the open tabs' text as the editor has it (saved or
 * not) and the others as on disk; the node finds the main file.
 */
final class FolderSubmission {

    private final Path folder;

    FolderSubmission(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path folder() {
        return folder;
    }

    /** Whether {@code file} lies in this folder (its sub-folders are not part of it). */
    boolean holds(Path file) {
        return folder.equals(file.toAbsolutePath().normalize().getParent());
    }

    /** The program as it is on disk: the files to open. */
    Program onDisk(Languages languages) throws IOException, ProgramException {
        return ProgramReader.read(List.of(folder), languages, null);
    }

    /** The program with {@code edited}'s text (by file name) in place of what is on disk. */
    Program program(Languages languages, Map<String, String> edited) throws IOException, ProgramException {
        Program disk = onDisk(languages);
        List<SourceFile> files = disk.files().stream()
                .map(f -> new SourceFile(f.name(), edited.getOrDefault(f.name(), f.content()))).toList();
        return new Program(disk.language(), null, files);
    }
}
