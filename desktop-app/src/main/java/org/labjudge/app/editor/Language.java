package org.labjudge.app.editor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the editor knows, with the wire ids of docs/wire-protocol.md ({@code python}, {@code java}, ...), the file
 * extensions that map to them and the indentation each one's style guides use.
 */
public enum Language {
    PYTHON("python", "Python 3", "main.py", 4, false, List.of("py")),
    JAVA("java", "Java", "Main.java", 4, false, List.of("java")),
    C("c", "C", "main.c", 4, false, List.of("c", "h")),
    CPP("cpp", "C++", "main.cpp", 4, false, List.of("cpp", "cc", "cxx", "hpp", "hh")),
    JAVASCRIPT("javascript", "JavaScript", "main.js", 2, false, List.of("js", "mjs")),
    GO("go", "Go", "main.go", 4, true, List.of("go")),
    RUST("rust", "Rust", "main.rs", 4, false, List.of("rs")),
    BASH("bash", "Bash", "main.sh", 2, false, List.of("sh", "bash"));

    private final String id;
    private final String displayName;
    private final String defaultFileName;
    private final int tabWidth;
    private final boolean usesTabs;
    private final List<String> extensions;

    Language(String id, String displayName, String defaultFileName, int tabWidth, boolean usesTabs,
             List<String> extensions) {
        this.id = id;
        this.displayName = displayName;
        this.defaultFileName = defaultFileName;
        this.tabWidth = tabWidth;
        this.usesTabs = usesTabs;
        this.extensions = extensions;
    }

    /** The stable wire id sent in a {@code RunRequest}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The name a new file of this language gets when first saved. */
    public String defaultFileName() {
        return defaultFileName;
    }

    /** Columns per indentation level. */
    public int tabWidth() {
        return tabWidth;
    }

    /** Whether one indentation level is a tab character (Go) rather than {@link #tabWidth()} spaces. */
    public boolean usesTabs() {
        return usesTabs;
    }

    /** Extensions without the dot, the first one preferred. */
    public List<String> extensions() {
        return extensions;
    }

    /** What one press of Tab inserts. */
    public String indentUnit() {
        return usesTabs ? "\t" : " ".repeat(tabWidth);
    }

    /** The language with this wire id (case ignored). */
    public static Optional<Language> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.id.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a file name by its extension, e.g. {@code solution.cc} is C++. */
    public static Optional<Language> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.extensions.contains(extension)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
