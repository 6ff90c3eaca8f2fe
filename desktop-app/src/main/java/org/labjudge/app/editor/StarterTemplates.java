package org.labjudge.app.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The code a new file starts with: a program that reads stdin and writes stdout, so a student sees at once
 * how input and output work in the chosen language. Kept as resources so they read like real source files.
 */
public final class StarterTemplates {

    private StarterTemplates() {
    }

    /** The starter program of {@code language}. */
    public static String of(Language language) {
        String resource = "templates/" + language.defaultFileName();
        try (InputStream in = StarterTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
