package org.labjudge.app.editor.lsp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which language server serves which language: a command line per wire language id. {@link #DEFAULTS} are the
 * servers Debian or the npm registry install under these names; the settings' {@code languageServers} override them
 * per language, an empty command turning one off. A server is used only when its program is found (on PATH, or at
 * the absolute path given); otherwise that language keeps the word and keyword completion alone.
 */
public final class ServerCommands {

    private static final String CLANGD = "clangd --completion-parse=always --header-insertion=never";

    /**
     * The one place the default servers are named. clangd waits for its parse before completing (by default the
     * first completions after opening a file are only the file's words again) and inserts no #include lines.
     */
    public static final Map<String, String> DEFAULTS = Map.of(
            "c", CLANGD,
            "cpp", CLANGD,
            "python", "pylsp",
            "javascript", "typescript-language-server --stdio",
            "typescript", "typescript-language-server --stdio");

    private final Map<String, String> commands;
    private final Function<String, Optional<Path>> which;

    /** The defaults overlaid with {@code overrides} (language id to command line; blank to use no server). */
    public static ServerCommands of(Map<String, String> overrides) {
        return new ServerCommands(merged(overrides), ServerCommands::onPath);
    }

    ServerCommands(Map<String, String> commands, Function<String, Optional<Path>> which) {
        this.commands = Map.copyOf(commands);
        this.which = which;
    }

    /** The defaults with {@code overrides} laid over them. */
    public static Map<String, String> merged(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        if (overrides != null) {
            all.putAll(overrides);
        }
        return all;
    }

    /** The command line that starts {@code language}'s server, its program resolved; empty when there is none. */
    public Optional<List<String>> forLanguage(String language) {
        String line = commands.getOrDefault(language, "").strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = Arrays.asList(line.split("\\s+"));
        return which.apply(words.get(0)).map(program -> {
            List<String> command = new java.util.ArrayList<>(words);
            command.set(0, program.toString());
            return List.copyOf(command);
        });
    }

    /** {@code program} as the shell would find it: an absolute path that runs, or the first match on PATH. */
    static Optional<Path> onPath(String program) {
        if (program.contains(File.separator)) {
            Path path = Path.of(program);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
