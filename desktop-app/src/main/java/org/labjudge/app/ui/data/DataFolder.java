package org.labjudge.app.ui.data;

import java.nio.file.Path;

/** The user's data folder: {@code $LABJUDGE_HOME}, else {@code ~/.labjudge}. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path path() {
        String home = System.getenv("LABJUDGE_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".labjudge");
    }
}
