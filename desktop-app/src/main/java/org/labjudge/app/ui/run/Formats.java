package org.labjudge.app.ui.run;

import java.util.Locale;

/** How times and memory are written in the results. */
public final class Formats {

    private Formats() {
    }

    public static String millis(long ms) {
        return ms < 0 ? "\u2013" : ms + " ms";
    }

    public static String memory(long kb) {
        if (kb <= 0) {
            return "\u2013";
        }
        return kb < 1024 ? kb + " KB" : String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
    }
}
