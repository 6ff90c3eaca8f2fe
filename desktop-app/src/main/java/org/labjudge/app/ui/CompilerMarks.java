package org.labjudge.app.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import org.labjudge.app.editor.CodeEditor;
import org.labjudge.app.editor.EditorTab;
import org.labjudge.app.editor.Marker;
import org.labjudge.app.ui.run.CompilerMessage;
import org.labjudge.app.ui.run.RunModel;

/**
 * Puts a run's compiler messages into the code they are about. A run of one source marks the tab it ran from; a
 * folder's run (several files) marks each of the folder's tabs with the messages that name its file, and keeps
 * the marks of a file that is not open until it is opened. Code edited since it was sent gets none (the lines no
 * longer match). Going to a message selects (or opens) its file's tab and puts the caret at its line and column.
 */
final class CompilerMarks {

    private final EditorTabs tabs;
    /** Each followed run state and the tab it was made for (a folder's: one of the folder's tabs). */
    private final Map<RunModel, EditorTab> homes = new IdentityHashMap<>();
    /** A folder run's marks for files that were not open, by file, with the text they are about. */
    private final Map<Path, Pending> pending = new HashMap<>();

    private record Pending(String text, List<Marker> markers) {
    }

    CompilerMarks(EditorTabs tabs) {
        this.tabs = tabs;
        tabs.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::opened);
            }
        });
    }

    /** Marks {@code model}'s compiler messages from now on; {@code home} is the tab it holds the run state of. */
    void follow(RunModel model, EditorTab home) {
        homes.put(model, home);
        model.compileMessagesProperty().addListener((obs, old, messages) -> place(model));
    }

    /** Goes to {@code message} of {@code model}'s last run: its file's tab (opened if need be), line and column. */
    void goTo(RunModel model, CompilerMessage message) {
        Optional<CodeEditor> editor;
        if (message.file().isEmpty()) {
            editor = Optional.ofNullable(homes.get(model)).filter(tabs.getTabs()::contains).map(EditorTab::editor)
                    .or(tabs::activeEditor);
        } else {
            editor = folderOf(model).filter(f -> model.compiledFiles().containsKey(message.file()))
                    .flatMap(folder -> tabs.open(folder.resolve(message.file()))).map(EditorTab::editor);
        }
        editor.ifPresent(e -> e.moveCaretTo(message.line(), Math.max(1, message.column())));
    }

    private void place(RunModel model) {
        EditorTab home = homes.get(model);
        List<CompilerMessage> messages = model.compileMessagesProperty().get();
        Optional<Path> folder = folderOf(model);
        if (folder.isEmpty()) {
            mark(home.editor(), model.compiledSource(), markers(messages, ""));
            return;
        }
        for (Map.Entry<String, String> file : model.compiledFiles().entrySet()) {
            Path path = folder.get().resolve(file.getKey());
            List<Marker> markers = markers(messages, file.getKey());
            Optional<EditorTab> open = tabOf(path);
            if (open.isPresent()) {
                pending.remove(path);
                mark(open.get().editor(), file.getValue(), markers);
            } else if (markers.isEmpty()) {
                pending.remove(path);
            } else {
                pending.put(path, new Pending(file.getValue(), markers));
            }
        }
    }

    /** The folder of a run of several files: where its tab's file is. */
    private Optional<Path> folderOf(RunModel model) {
        if (model.compiledFiles().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(homes.get(model)).flatMap(EditorTab::file).map(f -> f.toAbsolutePath().getParent());
    }

    private void opened(Tab tab) {
        if (tab instanceof EditorTab editorTab && editorTab.file().isPresent()) {
            Pending marks = pending.remove(editorTab.file().get().toAbsolutePath());
            if (marks != null) {
                mark(editorTab.editor(), marks.text(), marks.markers());
            }
        }
    }

    private Optional<EditorTab> tabOf(Path path) {
        return tabs.getTabs().stream().filter(EditorTab.class::isInstance).map(EditorTab.class::cast)
                .filter(tab -> tab.file().map(f -> f.toAbsolutePath().equals(path)).orElse(false)).findFirst();
    }

    private static void mark(CodeEditor editor, String compiledText, List<Marker> markers) {
        editor.showMarkers(editor.text().equals(compiledText) ? markers : List.of());
    }

    private static List<Marker> markers(List<CompilerMessage> messages, String file) {
        return messages.stream().filter(m -> m.file().equals(file))
                .map(m -> new Marker(m.line(), m.column(),
                        m.isWarning() ? Marker.Severity.WARNING : Marker.Severity.ERROR, m.text()))
                .toList();
    }
}
