package org.labjudge.app.ui.settings;

import java.util.Map;
import org.labjudge.app.editor.CodeEditor;
import org.labjudge.app.editor.lsp.ServerCommands;

/**
 * What the app remembers between starts.
 *
 * @param nodeList      path or http(s) URL of the node list; {@code null} or blank uses the standard lookup
 * @param theme         light or dark
 * @param fontSize      the editor's font size in pixels
 * @param problems      the problem package or problem set opened last; {@code null} for the bundled examples
 * @param language      the wire id of the language new files start in
 * @param companionPort the loopback port the Competitive Companion receiver listens on; {@code null} for
 *                      {@link #DEFAULT_COMPANION_PORT}, 0 to receive nothing
 * @param languageServers the language server's command line per language id where it differs from
 *                      {@link ServerCommands#DEFAULTS} (a blank command: no server for that language)
 */
public record Settings(String nodeList, Theme theme, int fontSize, String problems, String language,
                       Integer companionPort, Map<String, String> languageServers) {

    public static final int DEFAULT_FONT_SIZE = 14;
    /** The port cph ("Competitive Programming Helper") listens on, one the extension posts to by default. */
    public static final int DEFAULT_COMPANION_PORT = 27121;

    public Settings {
        nodeList = nodeList == null || nodeList.isBlank() ? null : nodeList.strip();
        theme = theme == null ? Theme.LIGHT : theme;
        fontSize = fontSize <= 0 ? DEFAULT_FONT_SIZE
                : Math.max(CodeEditor.MIN_FONT_SIZE, Math.min(CodeEditor.MAX_FONT_SIZE, fontSize));
        problems = problems == null || problems.isBlank() ? null : problems;
        language = language == null || language.isBlank() ? "python" : language;
        companionPort = companionPort == null || companionPort < 0 || companionPort > 65535 ? DEFAULT_COMPANION_PORT
                : companionPort;
        languageServers = languageServers == null ? Map.of() : Map.copyOf(languageServers);
    }

    public Settings(String nodeList, Theme theme, int fontSize, String problems, String language,
                    Integer companionPort) {
        this(nodeList, theme, fontSize, problems, language, companionPort, null);
    }


    public static Settings defaults() {
        return new Settings(null, Theme.LIGHT, DEFAULT_FONT_SIZE, null, "python", DEFAULT_COMPANION_PORT);
    }

    public Settings withNodeList(String value) {
        return new Settings(value, theme, fontSize, problems, language, companionPort, languageServers);
    }

    public Settings withTheme(Theme value) {
        return new Settings(nodeList, value, fontSize, problems, language, companionPort, languageServers);
    }

    public Settings withFontSize(int value) {
        return new Settings(nodeList, theme, value, problems, language, companionPort, languageServers);
    }

    public Settings withProblems(String value) {
        return new Settings(nodeList, theme, fontSize, value, language, companionPort, languageServers);
    }

    public Settings withLanguage(String value) {
        return new Settings(nodeList, theme, fontSize, problems, value, companionPort, languageServers);
    }

    public Settings withCompanionPort(int value) {
        return new Settings(nodeList, theme, fontSize, problems, language, value, languageServers);
    }

    public Settings withLanguageServers(Map<String, String> value) {
        return new Settings(nodeList, theme, fontSize, problems, language, companionPort, value);
    }
}
