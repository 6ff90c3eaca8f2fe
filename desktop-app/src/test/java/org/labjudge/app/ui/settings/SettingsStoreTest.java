package org.labjudge.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @Test
    void settingsSurviveARestart(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("sub").resolve("settings.json"));
        assertThat(store.load()).isEqualTo(Settings.defaults());
        Settings changed = Settings.defaults().withNodeList("http://lab/nodes.json").withTheme(Theme.DARK)
                .withFontSize(18).withProblems("/tmp/p").withLanguage("cpp")
                .withLanguageServers(java.util.Map.of("python", "pyright-langserver --stdio", "c", ""));
        store.save(changed);
        assertThat(new SettingsStore(store.file()).load()).isEqualTo(changed);
        assertThat(Files.readString(store.file())).contains("\"theme\" : \"DARK\"");
        assertThat(new SettingsStore(store.file()).load().languageServers())
                .containsEntry("python", "pyright-langserver --stdio").containsEntry("c", "");
    }

    @Test
    void aBrokenFileGivesDefaultsAndValuesAreClamped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{not json");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults());
        Files.writeString(file, "{\"fontSize\": 400, \"nodeList\": \"  \", \"extra\": 1}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.fontSize()).isEqualTo(40);
        assertThat(loaded.nodeList()).isNull();
        assertThat(loaded.theme()).isEqualTo(Theme.LIGHT);
    }
}
