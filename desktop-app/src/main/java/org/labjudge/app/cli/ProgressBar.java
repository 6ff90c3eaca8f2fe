package org.labjudge.app.cli;

import java.io.PrintWriter;
import java.util.function.BiConsumer;

/**
 * A progress bar on stderr: redrawn in place ({@code \r}) on a terminal, one line per tenth of the work
 * when stderr is a file or a pipe, so logs stay readable.
 */
final class ProgressBar implements BiConsumer<Integer, Integer> {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private int lastTenth = -1;

    ProgressBar(PrintWriter err, boolean terminal, String label) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
    }

    @Override
    public synchronized void accept(Integer done, Integer total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label;
        if (terminal) {
            err.print("\r" + line);
            if (done.equals(total)) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth || done.equals(total)) {
            lastTenth = tenth;
            err.println(line);
            err.flush();
        }
    }
}
