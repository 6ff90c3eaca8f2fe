package org.labjudge.node.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine's load averages, printed by benchmarks beside their figures: a shared machine moves them. */
public final class LoadAverage {
    private LoadAverage() {
    }

    /** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} gives them, or "unknown". */
    public static String now() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
