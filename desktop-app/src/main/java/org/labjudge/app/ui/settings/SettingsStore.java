package org.labjudge.app.ui.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Path;
import org.labjudge.app.ui.data.DataFolder;
import org.labjudge.app.ui.data.JsonFile;

/**
 * Keeps {@link Settings} in a small JSON file ({@code ~/.labjudge/settings.json} by default, next to the node
 * list an admin may put there), so they survive restarts and can be read or fixed by hand.
 */
public final class SettingsStore {

    private final JsonFile<Settings> file;

    public SettingsStore(Path file) {
        this.file = new JsonFile<>(file, new TypeReference<>() { });
    }

    /** {@code settings.json} in {@code $LABJUDGE_HOME}, else {@code ~/.labjudge}. */
    public static SettingsStore atDefaultLocation() {
        return new SettingsStore(DataFolder.path().resolve("settings.json"));
    }

    public Path file() {
        return file.path();
    }

    /** The saved settings; defaults when there are none or the file cannot be read. */
    public Settings load() {
        return file.read().orElseGet(Settings::defaults);
    }

    /** Writes {@code settings} atomically (a half-written file never replaces a good one). */
    public void save(Settings settings) throws IOException {
        file.write(settings);
    }
}
