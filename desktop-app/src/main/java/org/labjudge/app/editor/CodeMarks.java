package org.labjudge.app.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Underlines {@link Marker}s in a {@link CodeArea} (a style class on the marked characters, laid over the syntax
 * highlighting) and shows a marker's text in a popup while the mouse rests on it. Marks come in layers (the
 * compiler's, a language server's), each replaced on its own. Marks stand for the text they were made for: the
 * first edit removes them (the highlighter's next pass restyles those lines). Built when the first marks arrive,
 * so an editor that never gets any pays nothing.
 */
final class CodeMarks {

    private static final Duration HOVER_DELAY = Duration.ofMillis(300);

    /** One marker resolved to character offsets of the text it was made for. */
    record Mark(int start, int end, Marker marker) {
    }

    private final CodeArea area;
    /** Told the markers shown whenever they change (the tab's badge follows them). */
    private final java.util.function.Consumer<List<Marker>> shown;
    private final Popup popup = new Popup();
    private final Label popupText = new Label();
    private final java.util.Map<String, List<Mark>> layers = new java.util.LinkedHashMap<>();
    /** Every layer's marks. */
    private List<Mark> marks = List.of();

    CodeMarks(CodeArea area, java.util.function.Consumer<List<Marker>> shown) {
        this.area = area;
        this.shown = shown;
        popupText.setId("markPopup");
        popupText.getStyleClass().add("mark-popup");
        popupText.setWrapText(true);
        popupText.setMaxWidth(640);
        popup.getContent().add(popupText);
        popup.setAutoHide(true);
        area.setMouseOverTextDelay(HOVER_DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
                e -> hover(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
        area.plainTextChanges().subscribe(change -> {
            if (!marks.isEmpty()) {
                marks = List.of();
                layers.clear();
                shown.accept(List.of());
            }
            popup.hide();
        });
    }

    /** Replaces the marks of {@code layer} with {@code markers}' (those past the end of the text are left out). */
    void show(String layer, List<Marker> markers) {
        List<Mark> old = marks;
        layers.put(layer, markers.stream().map(this::resolve).flatMap(Optional::stream).toList());
        marks = layers.values().stream().flatMap(List::stream).toList();
        old.forEach(mark -> restyle(mark, false));
        marks.forEach(mark -> restyle(mark, true));
        popup.hide();
        shown.accept(marks.stream().map(Mark::marker).toList());
    }

    /** Lays the marks over styles just set by the highlighter (which knows nothing of them). */
    void reapply() {
        marks.forEach(mark -> restyle(mark, true));
    }

    List<Mark> marks() {
        return marks;
    }

    /** The text the popup shows now; empty while it is hidden. */
    Optional<String> popupText() {
        return popup.isShowing() ? Optional.of(popupText.getText()) : Optional.empty();
    }

    private void hover(int index, Point2D screen) {
        String text = marks.stream().filter(m -> m.start() <= index && index < m.end())
                .map(m -> m.marker().text()).distinct().collect(Collectors.joining("\n"));
        if (text.isEmpty() || area.getScene() == null) {
            popup.hide();
            return;
        }
        popupText.setText(text);
        popupText.getStylesheets().setAll(area.getScene().getStylesheets());
        popup.show(area, screen.getX() + 4, screen.getY() + 12);
    }

    /**
     * Where {@code marker} goes: from its column to the end of the word or string literal there (one character when
     * it points at anything else or past the line's end), or the line without its indent when it names no column.
     */
    private Optional<Mark> resolve(Marker marker) {
        int paragraph = marker.line() - 1;
        if (paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return Optional.empty();
        }
        String line = area.getParagraph(paragraph).getText();
        int lineStart = area.getAbsolutePosition(paragraph, 0);
        int from;
        int to;
        if (marker.column() <= 0) {
            from = line.length() - line.stripLeading().length();
            to = line.stripTrailing().length();
        } else {
            from = Math.min(marker.column() - 1, line.length());
            to = tokenEnd(line, from);
        }
        if (to <= from) { // an empty line, a space, or past the end: one character before the end at least
            from = Math.max(0, Math.min(from, line.length() - 1));
            to = Math.min(line.length(), from + 1);
        }
        if (to <= from) {
            return Optional.empty();
        }
        return Optional.of(new Mark(lineStart + from, lineStart + to, marker));
    }

    /** The end of the word or the quoted literal at {@code from}; {@code from} itself for anything else. */
    private static int tokenEnd(String line, int from) {
        if (from >= line.length()) {
            return from;
        }
        char first = line.charAt(from);
        if (first == '"' || first == '\'') {
            int close = line.indexOf(first, from + 1);
            return close < 0 ? line.length() : close + 1;
        }
        int to = from;
        while (to < line.length() && isWordChar(line.charAt(to))) {
            to++;
        }
        return to;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private void restyle(Mark mark, boolean on) {
        if (mark.end() > area.getLength()) {
            return;
        }
        String styleClass = mark.marker().severity().styleClass();
        StyleSpans<Collection<String>> spans = area.getStyleSpans(mark.start(), mark.end()).mapStyles(style -> {
            List<String> classes = new ArrayList<>(style);
            classes.remove(styleClass);
            if (on) {
                classes.add(styleClass);
            }
            return classes;
        });
        area.setStyleSpans(mark.start(), spans);
    }
}
