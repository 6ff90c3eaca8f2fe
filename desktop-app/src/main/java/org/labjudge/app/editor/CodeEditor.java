package org.labjudge.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * One source file being edited: a {@link CodeArea} with line numbers, current-line highlight, highlighting
 * computed off the UI thread, auto-indent, bracket matching, per-language tab width, undo/redo, find and
 * replace and font zoom. It does not know where its text comes from or goes to.
 */
public final class CodeEditor extends BorderPane implements AutoCloseable {

    /** Smallest and largest font size zoom allows. */
    public static final int MIN_FONT_SIZE = 8;
    public static final int MAX_FONT_SIZE = 40;
    private static final String BRACKET_CLASS = "bracket-match";
    private static final String COMPILER_MARKS = "compiler";
    private static final String SERVER_MARKS = "server";
    private static final List<String> CURRENT_LINE = List.of("current-line");
    /** Bracket matching looks this far around the caret, so it never copies a whole long file. */
    private static final int BRACKET_WINDOW = 20_000;

    private final CodeArea area = new CodeArea();
    private final FindReplaceBar findBar = new FindReplaceBar(area);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", 14);
    private final AsyncHighlighting highlighting;
    private final List<Integer> markedBrackets = new ArrayList<>();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private ContextMenu completions;
    /** A language server's completions, offered beside the words; none without one. */
    private CompletionSource completionSource;
    /** Counts Ctrl+Space presses, so a late answer to an earlier one is dropped. */
    private long completionRequests;
    private final List<Runnable> onClose = new ArrayList<>();
    /** The compiler's marks; built with the first. */
    private CodeMarks marks;
    private final javafx.beans.property.ReadOnlyObjectWrapper<List<Marker>> shownMarkers =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "shownMarkers", List.of());

    public CodeEditor(Language initialLanguage, String text) {
        getStyleClass().add("code-editor");
        language.set(initialLanguage);
        area.setId("codeArea");
        area.getStyleClass().add("source");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setUseInitialStyleForInsertion(true);
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);

        ObservableBooleanValue atMark = area.getUndoManager().atMarkedPositionProperty();
        modified.bind(Bindings.createBooleanBinding(() -> !atMark.get(), atMark));

        highlighting = new AsyncHighlighting(area, language::get, this::afterHighlighting);
        highlighting.refresh();
        language.addListener((obs, old, now) -> highlighting.refresh());
        area.caretPositionProperty().addListener((obs, old, now) -> markBracket());
        area.currentParagraphProperty().addListener((obs, old, now) -> markCurrentLine(old.intValue(), now.intValue()));
        markCurrentLine(-1, 0);
        fontSize.addListener((obs, old, now) -> applyFontSize());
        applyFontSize();
        installKeys();

        setTop(findBar);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    public CodeArea area() {
        return area;
    }

    public FindReplaceBar findBar() {
        return findBar;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public String text() {
        return area.getText();
    }

    /** Replaces the whole text, as after opening a file: the undo history starts afresh and it is unmodified. */
    public void load(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Whether the text differs from the last load or {@link #markSaved()}. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** Records the current text as saved. */
    public void markSaved() {
        area.getUndoManager().mark();
    }

    public void undo() {
        area.undo();
    }

    public void redo() {
        area.redo();
    }

    public void zoomIn() {
        fontSize.set(Math.min(MAX_FONT_SIZE, fontSize.get() + 1));
    }

    public void zoomOut() {
        fontSize.set(Math.max(MIN_FONT_SIZE, fontSize.get() - 1));
    }

    public void showFind() {
        findBar.open();
    }

    /** 1-based line of the caret. */
    public int caretLine() {
        return area.getCurrentParagraph() + 1;
    }

    /** 1-based column of the caret. */
    public int caretColumn() {
        return area.getCaretColumn() + 1;
    }

    /** Moves the caret to a 1-based line and column (clamped to the text), scrolls there and focuses. */
    public void moveCaretTo(int line, int column) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        int length = area.getParagraphLength(paragraph);
        area.moveTo(paragraph, Math.max(0, Math.min(column - 1, length)));
        area.showParagraphAtCenter(paragraph);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Whether highlighting reflects the current text (for tests). */
    public boolean highlightingUpToDate() {
        return highlighting.upToDate();
    }

    /** How long the last restyle took on the UI thread, in milliseconds (for tests). */
    double lastHighlightApplyMillis() {
        return highlighting.lastApplyMillis();
    }

    /** When the last restyle ended, by {@link System#nanoTime()} (for the benchmark). */
    long lastHighlightAppliedAtNanos() {
        return highlighting.lastAppliedAtNanos();
    }

    /** How many paragraphs the last restyle changed (for tests). */
    int lastRestyledParagraphs() {
        return highlighting.lastRestyledParagraphs();
    }

    /**
     * Underlines {@code markers} (a compiler's errors and warnings) in the current text, replacing earlier ones;
     * hovering one shows its text. The next edit removes them.
     */
    public void showMarkers(List<Marker> markers) {
        showMarkers(COMPILER_MARKS, markers);
    }

    /** Underlines a language server's diagnostics beside the compiler's marks, replacing its earlier ones. */
    public void showServerMarkers(List<Marker> markers) {
        showMarkers(SERVER_MARKS, markers);
    }

    private void showMarkers(String layer, List<Marker> markers) {
        if (marks == null) {
            if (markers.isEmpty()) {
                return;
            }
            marks = new CodeMarks(area, shownMarkers::set);
        }
        marks.show(layer, markers);
    }

    /** The markers underlined now (those past the text's end left out); empty again after the next edit. */
    public javafx.beans.property.ReadOnlyObjectProperty<List<Marker>> shownMarkersProperty() {
        return shownMarkers.getReadOnlyProperty();
    }

    /** The markers at character {@code index} (for tests). */
    public List<Marker> markersAt(int index) {
        return marks == null ? List.of() : marks.marks().stream()
                .filter(m -> m.start() <= index && index < m.end()).map(CodeMarks.Mark::marker).toList();
    }

    /** What the hover popup shows now; empty while none is showing (for tests). */
    public Optional<String> markerPopupText() {
        return marks == null ? Optional.empty() : marks.popupText();
    }

    /** Stops the highlighting thread and tells those that asked ({@link #whenClosed}). */
    @Override
    public void close() {
        highlighting.close();
        onClose.forEach(Runnable::run);
        onClose.clear();
    }

    /** Runs {@code action} when the editor is closed. */
    public void whenClosed(Runnable action) {
        onClose.add(action);
    }

    /** Where Ctrl+Space finds completions beyond the file's words and the keywords (a language server). */
    public void setCompletionSource(CompletionSource source) {
        this.completionSource = source;
    }

    private void applyFontSize() {
        area.setStyle("-fx-font-size: " + fontSize.get() + "px;");
    }

    private void installKeys() {
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER), e -> newline()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.TAB), e -> tab()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN),
                        e -> dedentLine()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.BACK_SPACE), e -> backspace()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN),
                        e -> complete()),
                InputMap.consume(EventPattern.keyTyped(":"), e -> colon()),
                InputMap.consume(EventPattern.keyTyped("}"), e -> closeBracket("}")),
                InputMap.consume(EventPattern.keyTyped("]"), e -> closeBracket("]")),
                InputMap.consume(EventPattern.keyTyped(")"), e -> closeBracket(")"))));
        area.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                if (e.getDeltaY() > 0) {
                    zoomIn();
                } else if (e.getDeltaY() < 0) {
                    zoomOut();
                }
                e.consume();
            }
        });
        area.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
                findBar.close();
            }
        });
    }

    private String lineBeforeCaret() {
        return area.getParagraph(area.getCurrentParagraph()).getText().substring(0, area.getCaretColumn());
    }

    private void newline() {
        String before = lineBeforeCaret();
        String indent = Indentation.afterNewline(before, language());
        int caret = area.getCaretPosition();
        String text = area.getText();
        char previous = caret > 0 ? text.charAt(caret - 1) : 0;
        char next = caret < text.length() ? text.charAt(caret) : 0;
        boolean between = (previous == '{' && next == '}') || (previous == '(' && next == ')')
                || (previous == '[' && next == ']');
        if (between && area.getSelection().getLength() == 0) {
            String outer = Indentation.leadingWhitespace(before);
            area.replaceSelection("\n" + indent + "\n" + outer);
            area.moveTo(caret + 1 + indent.length());
        } else {
            area.replaceSelection("\n" + indent);
        }
        area.requestFollowCaret();
    }

    private void tab() {
        area.replaceSelection(Indentation.toNextTabStop(area.getCaretColumn(), language()));
    }

    private void dedentLine() {
        int paragraph = area.getCurrentParagraph();
        String line = area.getParagraph(paragraph).getText();
        String indent = Indentation.leadingWhitespace(line);
        String less = Indentation.dedent(indent, language());
        if (less.length() != indent.length()) {
            int start = area.getAbsolutePosition(paragraph, 0);
            area.replaceText(start, start + indent.length(), less);
        }
    }

    /** Backspace in leading spaces removes one indent level; anywhere else one character (or the selection). */
    private void backspace() {
        if (area.getSelection().getLength() > 0) {
            area.replaceSelection("");
            return;
        }
        int caret = area.getCaretPosition();
        if (caret == 0) {
            return;
        }
        int width = Indentation.backspaceWidth(lineBeforeCaret(), language());
        if (width == 1) {
            area.deletePreviousChar(); // RichTextFX's own, which keeps a surrogate pair whole
        } else {
            area.deleteText(caret - width, caret);
        }
    }

    /** {@code :} ends Python's {@code else}, {@code elif}, {@code except}, {@code finally}: back to the opener's indent. */
    private void colon() {
        area.replaceSelection(":");
        int paragraph = area.getCurrentParagraph();
        String line = area.getParagraph(paragraph).getText();
        String previous = "";
        for (int p = paragraph - 1; p >= 0 && previous.isBlank(); p--) {
            previous = area.getParagraph(p).getText();
        }
        String indent = Indentation.leadingWhitespace(line);
        String wanted = Indentation.afterColon(line, previous, language());
        if (!wanted.equals(indent)) {
            int column = area.getCaretColumn() - (indent.length() - wanted.length());
            int start = area.getAbsolutePosition(paragraph, 0);
            area.replaceText(start, start + indent.length(), wanted);
            area.moveTo(paragraph, column); // replacing moved the caret to the indent's end
        }
    }

    /**
     * Ctrl+Space: the keywords and the file's words that complete the word before the caret, at once; a language
     * server's completions join them, first, when it answers (and the text and caret are still as they were).
     */
    public void complete() {
        int caret = area.getCaretPosition();
        String text = area.getText();
        String prefix = Completion.prefixAt(text, caret);
        List<String> words = Completion.candidates(text, caret, language());
        long asked = ++completionRequests;
        showCompletions(prefix, List.of(), words);
        if (completionSource != null) {
            completionSource.complete(text, area.getCurrentParagraph(), area.getCaretColumn())
                    .thenAccept(suggestions -> javafx.application.Platform.runLater(() -> {
                        if (asked == completionRequests && area.getCaretPosition() == caret
                                && area.getText().equals(text) && !suggestions.isEmpty()) {
                            showCompletions(prefix, suggestions, words);
                        }
                    }));
        }
    }

    /** The popup with the server's {@code suggestions} first, then the {@code words} they do not already offer. */
    private void showCompletions(String prefix, List<CompletionSource.Suggestion> suggestions, List<String> words) {
        List<MenuItem> items = new ArrayList<>();
        java.util.Set<String> offered = new java.util.HashSet<>();
        for (CompletionSource.Suggestion suggestion : suggestions) {
            if (offered.add(suggestion.text())) {
                MenuItem item = completionItem(suggestion.label(), prefix, suggestion.text());
                item.getStyleClass().add("server-completion");
                items.add(item);
            }
        }
        for (String word : words) {
            if (offered.add(word)) {
                items.add(completionItem(word, prefix, word));
            }
        }
        if (items.isEmpty()) {
            return;
        }
        if (completions == null) {
            completions = new ContextMenu();
            completions.setId("completions");
        }
        completions.getItems().setAll(items);
        if (!completions.isShowing()) {
            area.getCaretBounds().ifPresentOrElse(
                    bounds -> completions.show(area, bounds.getMinX(), bounds.getMaxY()),
                    () -> completions.show(area, Side.BOTTOM, 0, 0));
        }
    }

    private MenuItem completionItem(String label, String prefix, String replacement) {
        MenuItem item = new MenuItem(label);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> {
            int at = area.getCaretPosition();
            area.replaceText(at - prefix.length(), at, replacement);
        });
        return item;
    }

    /** The completion popup, once Ctrl+Space first needs it. */
    public Optional<ContextMenu> completions() {
        return Optional.ofNullable(completions);
    }

    private void closeBracket(String bracket) {
        String before = lineBeforeCaret();
        if (!before.isEmpty() && before.isBlank() && area.getSelection().getLength() == 0 && bracket.equals("}")) {
            int start = area.getCaretPosition() - before.length();
            area.replaceText(start, area.getCaretPosition(), Indentation.dedent(before, language()) + bracket);
        } else {
            area.replaceSelection(bracket);
        }
    }

    /**
     * Marks the caret's line with the {@code current-line} paragraph class. RichTextFX's own line highlighter
     * re-lays out the whole document on each caret move, which a 5,000-line file cannot afford.
     */
    private void markCurrentLine(int previous, int current) {
        int paragraphs = area.getParagraphs().size();
        if (previous >= 0 && previous < paragraphs && previous != current
                && !area.getParagraph(previous).getParagraphStyle().isEmpty()) {
            area.setParagraphStyle(previous, List.of());
        }
        if (current >= 0 && current < paragraphs && area.getParagraph(current).getParagraphStyle().isEmpty()) {
            area.setParagraphStyle(current, CURRENT_LINE);
        }
    }

    private void afterHighlighting() {
        markBracket();
        if (marks != null) {
            marks.reapply();
        }
    }

    private void markBracket() {
        for (int index : markedBrackets) {
            if (index < area.getLength()) {
                setBracketClass(index, false);
            }
        }
        markedBrackets.clear();
        int caret = area.getCaretPosition();
        int from = Math.max(0, caret - BRACKET_WINDOW);
        int to = Math.min(area.getLength(), caret + BRACKET_WINDOW);
        Optional<BracketMatcher.Pair> pair = BracketMatcher.find(area.getText(from, to), caret - from);
        pair.ifPresent(p -> {
            setBracketClass(from + p.at(), true);
            setBracketClass(from + p.match(), true);
            markedBrackets.add(from + p.at());
            markedBrackets.add(from + p.match());
        });
    }

    private void setBracketClass(int index, boolean on) {
        List<String> classes = new ArrayList<>(area.getStyleOfChar(index));
        boolean had = classes.remove(BRACKET_CLASS);
        if (on) {
            classes.add(BRACKET_CLASS);
        }
        if (had != on) {
            area.setStyle(index, index + 1, classes);
        }
    }
}
