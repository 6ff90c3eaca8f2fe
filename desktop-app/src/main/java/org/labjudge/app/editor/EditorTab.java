package org.labjudge.app.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Tab;
import org.labjudge.app.language.Languages;

/**
 * A tab holding one {@link CodeEditor} and the file it belongs to (none until first saved). Its title is the
 * file name, with a leading {@code *} while there are unsaved changes.
 */
public final class EditorTab extends Tab {

    private final CodeEditor editor;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");

    /** For an unsaved file: its number among the window's new files (1 is {@code untitled.py}, 2 {@code untitled-2.py}). */
    private final int untitledNumber;

    private EditorTab(CodeEditor editor, Path file, int untitledNumber) {
        this.editor = editor;
        this.untitledNumber = untitledNumber;
        this.file.set(file);
        setContent(editor);
        textProperty().bind(Bindings.createStringBinding(
                () -> (editor.isModified() ? "*" : "") + displayName(),
                editor.modifiedProperty(), this.file, editor.languageProperty()));
        setOnClosed(e -> editor.close());
        editor.shownMarkersProperty().addListener((obs, old, markers) -> badge(markers));
    }

    /** A dot before the name while the code has marks (the compiler's, a language server's): red with an error, amber with warnings only. */
    private void badge(List<Marker> markers) {
        if (markers.isEmpty()) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        long errors = markers.stream().filter(m -> m.severity() == Marker.Severity.ERROR).count();
        long warnings = markers.size() - errors;
        javafx.scene.control.Label dot = new javafx.scene.control.Label("●");
        dot.getStyleClass().addAll("tab-mark", errors > 0 ? "tab-mark-error" : "tab-mark-warning");
        setGraphic(dot);
        setTooltip(new javafx.scene.control.Tooltip(count(errors, "error") + (errors > 0 && warnings > 0 ? ", " : "")
                + count(warnings, "warning")));
    }

    private static String count(long n, String what) {
        return n == 0 ? "" : n + " " + what + (n == 1 ? "" : "s");
    }

    /** A new, unsaved file holding {@code language}'s starter program; {@code number} tells it from the others. */
    public static EditorTab untitled(Language language, int number) {
        return new EditorTab(new CodeEditor(language, language.template()), null, number);
    }

    /**
     * A tab brought back from the last session: {@code path}'s file (or a new file numbered {@code number} when
     * {@code path} is {@code null}), showing {@code unsavedText} as not saved when given.
     */
    public static EditorTab restore(Path path, Language language, int number, String unsavedText) throws IOException {
        String saved = path == null ? "" : normalize(Files.readString(path, StandardCharsets.UTF_8));
        EditorTab tab = new EditorTab(new CodeEditor(language, saved), path, number);
        if (unsavedText != null && !unsavedText.equals(saved)) {
            tab.editor.area().replaceText(unsavedText);
            tab.editor.area().moveTo(0);
        }
        return tab;
    }

    /**
     * A tab for an existing file; its language comes from the extension as the pool's {@code languages} map it,
     * else {@code fallback}.
     */
    public static EditorTab open(Path path, Languages languages, Language fallback) throws IOException {
        String text = normalize(Files.readString(path, StandardCharsets.UTF_8));
        Language language = languages.forFile(path).map(Language::of).orElse(fallback);
        return new EditorTab(new CodeEditor(language, text), path, 0);
    }

    public CodeEditor editor() {
        return editor;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    /** For an unsaved file, its number among the window's new files; 0 for a file opened from disk. */
    public int untitledNumber() {
        return untitledNumber;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Whether this is an unsaved starter program nobody has touched (so it may be replaced freely). */
    public boolean isPristine() {
        return file.get() == null && !editor.isModified();
    }

    /** Writes the text to {@code path} (which becomes this tab's file) and marks it saved. */
    public void saveTo(Path path, Languages languages) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, editor.text(), StandardCharsets.UTF_8);
        file.set(path);
        languages.forFile(path).map(Language::of).ifPresent(editor.languageProperty()::set);
        editor.markSaved();
    }

    private String displayName() {
        if (file.get() != null) {
            return file.get().getFileName().toString();
        }
        List<String> extensions = editor.language().extensions();
        String name = untitledNumber <= 1 ? "untitled" : "untitled-" + untitledNumber;
        return extensions.isEmpty() ? name : name + "." + extensions.get(0);
    }

    /** Windows and old Mac line ends become {@code \n}, the only paragraph break the editor knows. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
