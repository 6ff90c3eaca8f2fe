package org.labjudge.app.editor;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Completions from beyond the file's words and the language's keywords (a language server), asked on Ctrl+Space. */
public interface CompletionSource {

    /**
     * What may replace the word before the caret in {@code text} at 0-based {@code line} and {@code column};
     * completes on any thread, with an empty list when there is nothing to offer.
     */
    CompletableFuture<List<Suggestion>> complete(String text, int line, int column);

    /** One completion: {@code label} as the popup shows it, {@code text} what replaces the word before the caret. */
    record Suggestion(String label, String text) {
    }
}
