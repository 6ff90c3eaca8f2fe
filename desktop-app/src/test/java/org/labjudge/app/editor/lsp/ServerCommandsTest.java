package org.labjudge.app.editor.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerCommandsTest {

    private static final Map<String, Path> INSTALLED = Map.of(
            "clangd", Path.of("/usr/bin/clangd"), "my-pyright", Path.of("/opt/bin/my-pyright"));

    private static final List<String> CLANGD =
            List.of("/usr/bin/clangd", "--completion-parse=always", "--header-insertion=never");

    @Test
    void aDefaultServerIsUsedWhereItsProgramIsFound() {
        ServerCommands commands = commands(Map.of());
        assertThat(commands.forLanguage("c")).contains(CLANGD);
        assertThat(commands.forLanguage("cpp")).contains(CLANGD);
        assertThat(commands.forLanguage("python")).isEmpty(); // pylsp is not installed
        assertThat(commands.forLanguage("haskell")).isEmpty(); // no default
    }

    @Test
    void theSettingOverridesADefaultKeepsItsArgumentsAndABlankTurnsItOff() {
        ServerCommands commands = commands(Map.of("python", "my-pyright --stdio", "c", " "));
        assertThat(commands.forLanguage("python")).contains(List.of("/opt/bin/my-pyright", "--stdio"));
        assertThat(commands.forLanguage("c")).isEmpty();
        assertThat(commands.forLanguage("cpp")).contains(CLANGD);
    }

    @Test
    void defaultsAreOneMapAndTheSettingIsLaidOverIt() {
        assertThat(ServerCommands.merged(null)).isEqualTo(ServerCommands.DEFAULTS);
        assertThat(ServerCommands.merged(Map.of("go", "gopls"))).containsEntry("go", "gopls")
                .containsEntry("c", ServerCommands.DEFAULTS.get("c"));
    }

    @Test
    void aProgramNotOnPathIsNotFound() {
        assertThat(ServerCommands.onPath("labjudge-no-such-language-server")).isEmpty();
        assertThat(ServerCommands.onPath("/nonexistent/clangd")).isEmpty();
        assertThat(ServerCommands.onPath("sh")).hasValueSatisfying(p -> assertThat(p.getFileName()).hasToString("sh"));
    }

    private static ServerCommands commands(Map<String, String> overrides) {
        return new ServerCommands(ServerCommands.merged(overrides), name -> Optional.ofNullable(INSTALLED.get(name)));
    }
}
