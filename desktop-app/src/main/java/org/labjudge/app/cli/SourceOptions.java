package org.labjudge.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.labjudge.app.submission.SourceLanguages;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option of the commands that take one source file, and how they read that
 * file: its language from {@code --lang}, else from its extension.
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
     */
    Program read(Path file) throws IOException {
        String lang = language != null ? language : SourceLanguages.of(file).orElseThrow(() -> new UsageException(
                "cannot tell the language of " + file + " (known: " + SourceLanguages.known() + "); use --lang"));
        return new Program(lang, Files.readString(file, StandardCharsets.UTF_8));
    }
}
