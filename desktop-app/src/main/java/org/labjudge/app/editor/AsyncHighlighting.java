package org.labjudge.app.editor;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.Subscription;

/**
 * Keeps a {@link CodeArea}'s highlighting up to date without blocking the UI thread: edits are debounced,
 * the text is tokenized on a background thread, and only paragraphs whose styles changed are restyled, so
 * typing in a 5,000-line file costs one paragraph's restyle. A result computed for text that has changed
 * since is dropped. Closing stops the background thread.
 */
final class AsyncHighlighting implements AutoCloseable {

    /** How long typing pauses before a restyle starts. */
    static final Duration DEBOUNCE = Duration.ofMillis(60);

    private final CodeArea area;
    private final Supplier<Language> language;
    private final Runnable afterApply;
    private final ExecutorService worker;
    private final Subscription subscription;
    private long version;
    private long appliedVersion = -1;
    private long lastApplyNanos;
    private long lastAppliedAt;
    private volatile int lastRestyled;

    AsyncHighlighting(CodeArea area, Supplier<Language> language, Runnable afterApply) {
        this.area = area;
        this.language = language;
        this.afterApply = afterApply;
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "labjudge-highlighter");
            thread.setDaemon(true);
            return thread;
        });
        Subscription counting = area.plainTextChanges().subscribe(change -> version++);
        this.subscription = counting.and(
                area.multiPlainChanges().successionEnds(DEBOUNCE).subscribe(changes -> refresh()));
    }

    /** Recomputes now (after loading a file or switching language). Call on the UI thread. */
    void refresh() {
        long requested = version;
        String text = area.getText();
        Language current = language.get();
        worker.execute(() -> {
            List<StyleSpans<Collection<String>>> spans = SyntaxHighlighter.paragraphSpans(text, current);
            Platform.runLater(() -> apply(requested, spans));
        });
    }

    /** Whether the last computed highlighting matches the current text (used by tests and the benchmark). */
    boolean upToDate() {
        return appliedVersion == version;
    }

    /** How long the last restyle took on the UI thread, in milliseconds (for the smoothness test). */
    double lastApplyMillis() {
        return lastApplyNanos / 1e6;
    }

    /** When the last restyle ended, by {@link System#nanoTime()} (for the benchmark's keystroke-to-restyle time). */
    long lastAppliedAtNanos() {
        return lastAppliedAt;
    }

    /** How many paragraphs the last restyle changed: what it costs the UI thread (for the smoothness test). */
    int lastRestyledParagraphs() {
        return lastRestyled;
    }

    private void apply(long computedFor, List<StyleSpans<Collection<String>>> spans) {
        if (computedFor != version || spans.size() != area.getParagraphs().size()) {
            return;
        }
        long started = System.nanoTime();
        int first = -1;
        int last = -1;
        for (int paragraph = 0; paragraph < spans.size(); paragraph++) {
            if (!same(area.getParagraph(paragraph).getStyleSpans(), spans.get(paragraph))) {
                first = first < 0 ? paragraph : first;
                last = paragraph;
            }
        }
        if (first >= 0) {
            // One style change for the whole changed range: each change costs a layout pass of the area.
            StyleSpansBuilder<Collection<String>> range = new StyleSpansBuilder<>();
            for (int paragraph = first; paragraph <= last; paragraph++) {
                if (paragraph > first) {
                    range.add(List.of(), 1); // the line break
                }
                range.addAll(spans.get(paragraph));
            }
            area.setStyleSpans(first, 0, range.create());
        }
        lastRestyled = first < 0 ? 0 : last - first + 1;
        appliedVersion = computedFor;
        afterApply.run();
        lastAppliedAt = System.nanoTime();
        lastApplyNanos = lastAppliedAt - started;
    }

    private static boolean same(StyleSpans<Collection<String>> current, StyleSpans<Collection<String>> wanted) {
        if (current.length() != wanted.length()) {
            return false;
        }
        // Compare run by run; adjacent equal runs may be split differently, so walk both by position.
        int i = 0;
        int j = 0;
        int leftI = 0;
        int leftJ = 0;
        while (i < current.getSpanCount() && j < wanted.getSpanCount()) {
            StyleSpan<Collection<String>> a = current.getStyleSpan(i);
            StyleSpan<Collection<String>> b = wanted.getStyleSpan(j);
            if (a.getLength() - leftI == 0) {
                i++;
                leftI = 0;
                continue;
            }
            if (b.getLength() - leftJ == 0) {
                j++;
                leftJ = 0;
                continue;
            }
            if (!a.getStyle().equals(b.getStyle())) {
                return false;
            }
            int step = Math.min(a.getLength() - leftI, b.getLength() - leftJ);
            leftI += step;
            leftJ += step;
        }
        return true;
    }

    @Override
    public void close() {
        subscription.unsubscribe();
        worker.shutdownNow();
    }
}
