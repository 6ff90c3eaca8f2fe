package org.labjudge.installers.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A JVM options file of {@code installers/scripts} ({@code node-jvm-options}, {@code app-jvm-options}): the one
 * place a program's start-up flags are written, read by the bin/ scripts and by packaging alike.
 */
final class JvmOptions {
    static final String NODE = "node-jvm-options";
    static final String APP = "app-jvm-options";

    private JvmOptions() {
    }

    /** The options file {@code name} of the installers folder. */
    static Path file(PackagingContext context, String name) {
        return context.installersDir().resolve("scripts").resolve(name);
    }

    /** The options in the file, split on white space as a shell would (the file has no quoting). */
    static List<String> read(Path file) {
        try {
            String text = Files.readString(file).strip();
            return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
