package org.labjudge.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the JSON examples of DESIGN.md kept under {@code src/test/resources/design}. */
final class DesignExamples {
    private DesignExamples() {
    }

    static String load(String name) {
        try (InputStream in = DesignExamples.class.getResourceAsStream("/design/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource design/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
