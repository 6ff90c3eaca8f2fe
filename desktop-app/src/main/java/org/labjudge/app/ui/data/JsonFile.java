package org.labjudge.app.ui.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * One JSON file of the user's data folder (settings, session, own tests): read leniently (unknown fields are
 * ignored, so an older app reads a newer file), written atomically (a half-written file never replaces a good one)
 * and indented, so a person can read or fix it.
 */
public final class JsonFile<T> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final TypeReference<T> type;

    public JsonFile(Path file, TypeReference<T> type) {
        this.file = file;
        this.type = type;
    }

    public Path path() {
        return file;
    }

    /** The value in the file; empty when there is none or it cannot be read. */
    public Optional<T> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readValue(file.toFile(), type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void write(T value) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        MAPPER.writeValue(temporary.toFile(), value);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
