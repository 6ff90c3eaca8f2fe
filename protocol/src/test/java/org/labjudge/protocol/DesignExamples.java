package org.labjudge.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON examples of {@code docs/wire-protocol.md}: the fenced block after each
 * {@code <!-- example: NAME -->} marker. The tests parse the examples the docs show, so the docs
 * cannot drift from the records.
 */
final class DesignExamples {
    /** The protocol document, from the module's folder (where Maven runs the tests). */
    static final Path DOCUMENT = Path.of("..", "docs", "wire-protocol.md");

    private DesignExamples() {
    }

    static String load(String name) {
        String document;
        try {
            document = Files.readString(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
        Matcher block = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```json\\n(.*?)\\n```",
                Pattern.DOTALL).matcher(document);
        if (!block.find()) {
            throw new IllegalArgumentException("no example " + name + " in " + DOCUMENT);
        }
        return block.group(1);
    }
}
