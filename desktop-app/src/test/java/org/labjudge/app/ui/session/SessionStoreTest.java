package org.labjudge.app.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open tabs survive a restart, unsaved text included; a broken session file opens nothing, quietly. */
class SessionStoreTest {

    @TempDir
    Path dir;

    @Test
    void tabsAndTheirUnsavedTextSurviveARestart() throws Exception {
        SessionStore store = new SessionStore(dir.resolve("data").resolve("session.json"));
        assertThat(store.load()).isEmpty();
        List<OpenFile> tabs = List.of(new OpenFile(null, "python", "print(input())\n# mine\n"),
                new OpenFile("/home/ada/sum.c", "c", null));

        store.save(tabs);

        List<OpenFile> loaded = new SessionStore(dir.resolve("data").resolve("session.json")).load();
        assertThat(loaded).isEqualTo(tabs);
        assertThat(loaded.get(0).modified()).isTrue();
        assertThat(loaded.get(1).modified()).isFalse();
    }

    @Test
    void aBrokenFileGivesNoTabs() throws Exception {
        Path file = dir.resolve("session.json");
        Files.writeString(file, "[{\"file\": ");
        assertThat(new SessionStore(file).load()).isEmpty();
    }
}
