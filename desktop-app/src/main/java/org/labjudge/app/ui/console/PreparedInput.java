package org.labjudge.app.ui.console;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The input pane's text for a live run: it goes to the program's terminal before anything else, then its end (as
 * Ctrl+D). The terminal reads input line by line (canonical mode, docs/sandbox.md): it keeps at most 4095 bytes of
 * a line and drops the rest, and it acts on end of file (Ctrl+D), erase (DEL), kill (Ctrl+U) and NUL (an end of
 * line) instead of passing them on. Input the terminal would not pass on whole says why ({@link #whyNotLive}), and
 * is run as a batch run, its stdin a file as when judged. A last line without its newline is typed with one, as
 * Enter ends it in a terminal: a terminal hands over a line that ends at end of input only to readers that ask
 * again (Python's {@code input()} on a terminal drops it, or waits), so the line arrives whole only with its end.
 * Run > Batch run feeds the text byte for byte.
 */
public record PreparedInput(String text) {
    /** The longest line a terminal takes: Linux's line buffer (N_TTY_BUF_SIZE, 4096) less one. */
    static final int MAX_LINE_BYTES = 4095;

    public PreparedInput {
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Why a terminal would not pass this input on as it is; empty when it would. */
    public Optional<String> whyNotLive() {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int bytes = text.substring(start, i).getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_LINE_BYTES) {
                    return Optional.of("line " + line + " of the input is " + bytes + " bytes long, and a terminal"
                            + " takes at most " + MAX_LINE_BYTES + " a line");
                }
                line++;
                start = i + 1;
            } else if (actsOn(text.charAt(i))) {
                return Optional.of(String.format("line %d of the input holds the control character U+%04X, which a"
                        + " terminal acts on instead of passing it on", line, (int) text.charAt(i)));
            }
        }
        return Optional.empty();
    }

    /** What the terminal is given and the console shows, once: the text with its last line ended. */
    public String asTyped() {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    private static boolean actsOn(char c) {
        return c == 0 || c == 4 || c == 0x15 || c == 0x7f;
    }
}
