package org.labjudge.app.submission;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language id of a source file from its extension, as docs/wire-protocol.md fixes them: {@code .py .java .c
 * .cc/.cpp/.cxx .js .go .rs .sh}.
 */
public final class SourceLanguages {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "py", "python", "java", "java", "c", "c", "cc", "cpp", "cpp", "cpp", "cxx", "cpp",
            "js", "javascript", "go", "go", "rs", "rust", "sh", "bash");

    private SourceLanguages() {
    }

    /** The language of {@code file}, or empty for an extension LabJudge does not know. */
    public static Optional<String> of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The known extensions, for messages: {@code .py .java ...}. */
    public static String known() {
        return ".py .java .c .cc .cpp .cxx .js .go .rs .sh";
    }
}
