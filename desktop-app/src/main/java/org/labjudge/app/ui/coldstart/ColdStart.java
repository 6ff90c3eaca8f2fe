package org.labjudge.app.ui.coldstart;

import java.util.HashMap;
import java.util.Map;

/**
 * One cold start as {@link ColdStartProbe} measured it, in milliseconds since the JVM started: JavaFX up, the
 * window built, shown, and the first frame with an editable, focused editor ({@code wallMs}); {@code cpuMs}
 * is the process's CPU time by then (all threads). Travels from the probe to the driver as one line.
 */
public record ColdStart(long wallMs, long cpuMs, long toolkitMs, long builtMs, long shownMs, boolean editable) {

    static final String PREFIX = "coldstart:";

    /** The line the probe prints. */
    public String toLine() {
        return PREFIX + " wall=" + wallMs + " cpu=" + cpuMs + " toolkit=" + toolkitMs + " built=" + builtMs
                + " shown=" + shownMs + " editable=" + editable;
    }

    /** Reads a line {@link #toLine()} wrote. */
    public static ColdStart parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a cold start line: " + line);
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new ColdStart(number(fields, "wall"), number(fields, "cpu"), number(fields, "toolkit"),
                number(fields, "built"), number(fields, "shown"), Boolean.parseBoolean(fields.get("editable")));
    }

    private static long number(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("cold start line without " + name);
        }
        return Long.parseLong(value);
    }
}
