package org.labjudge.app.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.labjudge.app.editor.CodeEditor;
import org.labjudge.app.editor.EditorTab;
import org.labjudge.app.editor.Language;
import org.labjudge.app.editor.lsp.LanguageServers;
import org.labjudge.app.language.Languages;
import org.labjudge.app.ui.session.OpenFile;
import org.labjudge.protocol.LanguageInfo;

/**
 * The editor tabs: new, open, save and close, the file dialogs, and the shared font size every editor
 * follows (zooming one zooms all, and the size is remembered). Each editor is put in touch with its language's
 * server ({@link LanguageServers}), which starts only when it is first needed.
 */
final class EditorTabs extends TabPane {

    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize");
    private final ObjectBinding<EditorTab> active;
    private final Consumer<String> onError;
    private final LanguageServers servers;
    private Languages languages = Languages.NONE;

    EditorTabs(int initialFontSize, Consumer<String> onError, LanguageServers servers) {
        this.onError = onError;
        this.servers = servers;
        setId("editorTabs");
        fontSize.set(initialFontSize);
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        active = Bindings.createObjectBinding(() -> {
            Tab tab = getSelectionModel().getSelectedItem();
            return tab instanceof EditorTab editorTab ? editorTab : null;
        }, getSelectionModel().selectedItemProperty());
    }

    IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    ObjectBinding<EditorTab> activeProperty() {
        return active;
    }

    Optional<EditorTab> active() {
        return Optional.ofNullable(active.get());
    }

    Optional<CodeEditor> activeEditor() {
        return active().map(EditorTab::editor);
    }

    /** The languages the pool offers, as last learned. */
    Languages languages() {
        return languages;
    }

    /**
     * Takes the pool's languages: a tab whose language no node had described yet (opened before the pool
     * answered) gets it now, and an untouched new file its starter program.
     */
    void useLanguages(Languages now) {
        languages = now;
        for (Tab tab : getTabs()) {
            if (tab instanceof EditorTab editorTab && !editorTab.editor().language().described()) {
                Optional<LanguageInfo> learned = editorTab.file().flatMap(now::forFile)
                        .or(() -> now.byId(editorTab.editor().language().id()));
                if (learned.isPresent()) {
                    boolean pristine = editorTab.isPristine();
                    editorTab.editor().languageProperty().set(Language.of(learned.get()));
                    if (pristine) {
                        editorTab.editor().load(learned.get().template());
                    }
                }
            }
        }
    }

    /** Opens a new tab with {@code language}'s starter program, named apart from the other new files. */
    EditorTab newFile(Language language) {
        return add(EditorTab.untitled(language, nextUntitledNumber()));
    }

    /** The smallest number no open new file has (so the first is {@code untitled.py}, the next {@code untitled-2.py}). */
    private int nextUntitledNumber() {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Tab tab : getTabs()) {
            if (tab instanceof EditorTab editorTab && editorTab.file().isEmpty()) {
                used.add(Math.max(1, editorTab.untitledNumber()));
            }
        }
        int number = 1;
        while (used.contains(number)) {
            number++;
        }
        return number;
    }

    /** The open tabs as the session keeps them, in order. */
    java.util.List<OpenFile> snapshot() {
        java.util.List<OpenFile> open = new java.util.ArrayList<>();
        for (Tab tab : getTabs()) {
            // An untouched new file is only the starter program: nothing to keep.
            if (tab instanceof EditorTab editorTab && !editorTab.isPristine()) {
                CodeEditor editor = editorTab.editor();
                open.add(new OpenFile(editorTab.file().map(Path::toString).orElse(null), editor.language().id(),
                        editor.isModified() ? editor.text() : null));
            }
        }
        return open;
    }

    /**
     * Opens the tabs of the last session; a file that is gone comes back as a new file with its last text (if
     * the session kept it). Returns how many tabs were opened.
     */
    int restore(java.util.List<OpenFile> session) {
        int opened = 0;
        int number = 0;
        for (OpenFile open : session) {
            Path path = open.file() == null ? null : Path.of(open.file());
            Language language = (path == null ? Optional.<LanguageInfo>empty() : languages.forFile(path))
                    .or(() -> languages.byId(open.language())).map(Language::of)
                    .orElseGet(() -> Language.unknown(open.language()));
            try {
                if (path != null && !java.nio.file.Files.isRegularFile(path)) {
                    if (open.unsavedText() == null) {
                        continue;
                    }
                    path = null;
                }
                add(EditorTab.restore(path, language, path == null ? ++number : 0, open.unsavedText()));
                opened++;
            } catch (IOException e) {
                onError.accept("Cannot reopen " + path + ": " + e.getMessage());
            }
        }
        return opened;
    }

    /** Asks for a file and opens it. */
    void chooseAndOpen(Window owner) {
        FileChooser chooser = chooser("Open source file");
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Opens {@code path} in a new tab (or selects the tab already showing it). */
    Optional<EditorTab> open(Path path) {
        for (Tab tab : getTabs()) {
            if (tab instanceof EditorTab editorTab && editorTab.file().map(path::equals).orElse(false)) {
                getSelectionModel().select(tab);
                return Optional.of(editorTab);
            }
        }
        try {
            // No node lists the extension: plain text, under the id of the active tab's language.
            Language fallback = Language.unknown(activeEditor().map(e -> e.language().id()).orElse("python"));
            EditorTab tab = EditorTab.open(path, languages, fallback);
            active().filter(EditorTab::isPristine).ifPresent(pristine -> getTabs().remove(pristine));
            return Optional.of(add(tab));
        } catch (IOException e) {
            onError.accept("Cannot open " + path + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves the active tab to its file, asking for one the first time. Returns whether it was saved. */
    boolean save(Window owner) {
        Optional<EditorTab> tab = active();
        if (tab.isEmpty()) {
            return false;
        }
        Optional<Path> file = tab.get().file();
        return file.isPresent() ? saveTo(tab.get(), file.get()) : saveAs(owner);
    }

    boolean saveAs(Window owner) {
        Optional<EditorTab> tab = active();
        if (tab.isEmpty()) {
            return false;
        }
        FileChooser chooser = chooser("Save source file");
        chooser.setInitialFileName(tab.get().file().map(p -> p.getFileName().toString())
                .orElse(tab.get().editor().language().defaultFileName()));
        File file = chooser.showSaveDialog(owner);
        return file != null && saveTo(tab.get(), file.toPath());
    }

    boolean saveTo(EditorTab tab, Path path) {
        try {
            tab.saveTo(path, languages);
            return true;
        } catch (IOException e) {
            onError.accept("Cannot save " + path + ": " + e.getMessage());
            return false;
        }
    }

    /** Closes the active tab, asking first when it has unsaved changes. */
    void closeActive(Window owner) {
        active().ifPresent(tab -> {
            if (confirmClose(tab, owner)) {
                getTabs().remove(tab);
                tab.editor().close();
            }
        });
    }

    private EditorTab add(EditorTab tab) {
        CodeEditor editor = tab.editor();
        editor.fontSizeProperty().bindBidirectional(fontSize);
        servers.attach(editor, tab::file);
        tab.setOnCloseRequest(e -> {
            if (!confirmClose(tab, getScene() == null ? null : getScene().getWindow())) {
                e.consume();
            }
        });
        getTabs().add(tab);
        getSelectionModel().select(tab);
        editor.area().requestFocus();
        return tab;
    }

    private boolean confirmClose(EditorTab tab, Window owner) {
        if (!tab.editor().isModified()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Close " + tab.getText().replace("*", "") + " without saving your changes?",
                ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setHeaderText("Unsaved changes");
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (LanguageInfo language : languages.all()) {
            if (!language.extensions().isEmpty()) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(language.name(),
                        language.extensions().stream().map(e -> "*." + e).toList()));
            }
        }
        chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
