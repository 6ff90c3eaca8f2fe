package org.labjudge.app.ui.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps {@link Settings} in a small JSON file ({@code ~/.labjudge/settings.json} by default, next to the node
 * list an admin may put there), so they survive restarts and can be read or fixed by hand.
 */
public final class SettingsStore {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** {@code settings.json} in {@code $LABJUDGE_HOME}, else {@code ~/.labjudge}. */
    public static SettingsStore atDefaultLocation() {
        String home = System.getenv("LABJUDGE_HOME");
        Path dir = home != null && !home.isBlank() ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".labjudge");
        return new SettingsStore(dir.resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    /** The saved settings; defaults when there are none or the file cannot be read. */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            return MAPPER.readValue(file.toFile(), Settings.class);
        } catch (IOException | RuntimeException e) {
            return Settings.defaults();
        }
    }

    /** Writes {@code settings} atomically (a half-written file never replaces a good one). */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        MAPPER.writeValue(temporary.toFile(), settings);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
