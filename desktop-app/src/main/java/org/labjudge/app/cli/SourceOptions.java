package org.labjudge.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.labjudge.app.language.Languages;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolException;
import org.labjudge.app.submission.Program;
import org.labjudge.app.submission.ProgramReader;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option of the commands that take a program, and how they read it ({@link ProgramReader}):
 * one source file, or a folder or several files as one program; its language from {@code --lang}, else from
 * the extensions as the pool's nodes list them.
 */
final class SourceOptions {

    @Option(names = "--lang", paramLabel = "LANG", description = "language id (default: from the file extensions)")
    String language;

    /**
     * The program of {@code paths}.
     *
     * @throws UsageException when neither {@code --lang} nor the extensions tell its language, or no program
     *     can be read from the paths
     * @throws PoolException when the language must come from the nodes and none is up
     */
    Program read(List<Path> paths, Pool pool) throws IOException, PoolException {
        if (language == null) {
            pool.requireNodeUp(); // with no node up, that is the problem to report, not the extension
        }
        try {
            return ProgramReader.read(paths, Languages.offeredBy(pool.nodes()), language);
        } catch (ProgramReader.ProgramException e) {
            throw new UsageException(e.getMessage() + (language == null ? "; use --lang" : ""));
        }
    }

    /** How the program of {@code paths} is named in output: the file or folder, or how many files. */
    static String describe(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " files";
    }
}
