package org.labjudge.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.node.language.Language;
import org.labjudge.node.language.LanguageTable;

/** A node's config chooses the languages it offers (a small lab node may want six); by default all. */
class ChosenLanguagesTest {
    @TempDir
    Path dir;

    @Test
    void byDefaultANodeOffersEveryLanguageOfTheTable() {
        NodeConfig config = NodeConfig.defaultConfig();

        assertThat(config.languages()).isEmpty();
        assertThat(LanguageTable.defaults().only(config.languages()).all())
                .isEqualTo(LanguageTable.defaults().all());
    }

    @Test
    void theFilesListChoosesTheLanguagesInTheTablesOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("node.json"), """
                {"languages": ["python", "lua", "c", "bash"]}
                """);

        NodeConfig config = NodeConfig.load(file);
        LanguageTable offered = LanguageTable.defaults().only(config.languages());

        assertThat(config.languages()).containsExactly("python", "lua", "c", "bash");
        assertThat(offered.all()).extracting(Language::id).containsExactly("python", "c", "bash", "lua");
        assertThat(offered.find("java")).isEmpty();
    }

    @Test
    void anIdThatIsNoLanguageIdIsRefusedByName() {
        assertThatThrownBy(() -> NodeConfig.builder().set("languages", List.of("Python")).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("languages must be language ids");
    }

    @Test
    void anIdListedTwiceIsRefused() {
        assertThatThrownBy(() -> NodeConfig.builder().set("languages", List.of("c", "c")).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("languages lists an id twice");
    }

    @Test
    void aLanguageTheTableDoesNotHaveIsRefusedNamingTheKnownOnes() {
        NodeConfig config = NodeConfig.builder().set("languages", List.of("c", "cobol")).build();

        assertThatThrownBy(() -> LanguageTable.defaults().only(config.languages()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[cobol]")
                .hasMessageContaining("known: python, java, c");
    }
}
