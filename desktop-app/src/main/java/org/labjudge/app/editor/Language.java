package org.labjudge.app.editor;

import java.util.List;
import org.labjudge.protocol.LanguageInfo;

/**
 * The language of one editor: what a node said of it ({@link LanguageInfo}: id, name, extensions, starter
 * program) plus the editor's own {@link Family} for highlighting and indentation. The editor keeps no list of
 * languages; they come from the pool. A language no node has described yet (the remembered language before
 * the pool answers) is {@link #unknown}: plain text under its id.
 */
public record Language(LanguageInfo info) {

    public static Language of(LanguageInfo info) {
        return new Language(info);
    }

    /** A language known only by its id: plain text, no extension, no starter program. */
    public static Language unknown(String id) {
        return new Language(new LanguageInfo(id, id, "", "untitled", false, List.of(), ""));
    }

    /** The stable wire id sent in a {@code RunRequest}. */
    public String id() {
        return info.id();
    }

    public String displayName() {
        return info.name();
    }

    /** Whether a node described this language (else it is {@link #unknown}). */
    public boolean described() {
        return !info.extensions().isEmpty() || !info.template().isEmpty();
    }

    /** The name a new file of this language gets when first saved. */
    public String defaultFileName() {
        return info.sourceFile();
    }

    /** Extensions without the dot, the first one preferred. */
    public List<String> extensions() {
        return info.extensions();
    }

    /** The program a new file of this language starts with. */
    public String template() {
        return info.template();
    }

    public Family family() {
        return Family.of(info.id());
    }

    /** Columns per indentation level. */
    public int tabWidth() {
        return family().tabWidth();
    }

    /** Whether one indentation level is a tab character (Go) rather than {@link #tabWidth()} spaces. */
    public boolean usesTabs() {
        return family().usesTabs();
    }

    /** What one press of Tab inserts. */
    public String indentUnit() {
        return usesTabs() ? "\t" : " ".repeat(tabWidth());
    }

    @Override
    public String toString() {
        return displayName();
    }
}
