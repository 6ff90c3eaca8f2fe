package org.labjudge.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.labjudge.app.language.Languages;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolException;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option of the commands that take one source file, and how they read that
 * file: its language from {@code --lang}, else from its extension as the pool's nodes list them.
 */
final class SourceOptions {

    @Option(names = "--lang", paramLabel = "LANG", description = "language id (default: from the file extension)")
    String language;

    /** A source file's language and text. */
    record Program(String language, String source) {}

    /**
     * The program in {@code file}.
     *
     * @throws UsageException when neither {@code --lang} nor the extension tells its language
     * @throws PoolException when the language must come from the nodes and none is up
     */
    Program read(Path file, Pool pool) throws IOException, PoolException {
        if (language == null) {
            pool.requireNodeUp(); // with no node up, that is the problem to report, not the extension
        }
        Languages languages = Languages.offeredBy(pool.nodes());
        String lang = language != null ? language : languages.forFile(file).map(l -> l.id())
                .orElseThrow(() -> new UsageException("cannot tell the language of " + file
                        + " (the pool knows " + languages.extensionsText() + "); use --lang"));
        return new Program(lang, Files.readString(file, StandardCharsets.UTF_8));
    }
}
