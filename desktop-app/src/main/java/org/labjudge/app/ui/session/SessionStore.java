package org.labjudge.app.ui.session;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.labjudge.app.ui.data.JsonFile;

/**
 * Keeps the open tabs between starts ({@code session.json} in the user's data folder), unsaved text included, so
 * closing the window never loses work: the next start opens the same tabs with the same changes, still marked
 * as not saved.
 */
public final class SessionStore {

    private final JsonFile<List<OpenFile>> file;

    public SessionStore(Path file) {
        this.file = new JsonFile<>(file, new TypeReference<>() { });
    }

    /** The tabs of the last session; none when there was none or the file cannot be read. */
    public List<OpenFile> load() {
        return file.read().map(List::copyOf).orElse(List.of());
    }

    public void save(List<OpenFile> tabs) throws IOException {
        file.write(tabs);
    }
}
