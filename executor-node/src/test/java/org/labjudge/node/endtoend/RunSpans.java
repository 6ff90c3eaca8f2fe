package org.labjudge.node.endtoend;

import java.util.ArrayList;
import java.util.List;

/**
 * When runs' programs ran, by the host's clock, so a test can tell which ran at once without timing anything
 * itself: {@link #TIMED} prints its start and end in ms since the epoch. In executor-node's test jar, so the
 * node's and the gateway's cap tests read the spans the one way.
 */
public final class RunSpans {
    /** A Python program that prints its start and end, in ms since the epoch, around half a second of sleep. */
    public static final String TIMED = "import time\nstart = time.time()\ntime.sleep(0.5)\n"
            + "print(int(start * 1000), int(time.time() * 1000))\n";

    private RunSpans() {
    }

    /** The start and end {@link #TIMED} printed. */
    public static long[] of(String stdout) {
        String[] printed = stdout.strip().split(" ");
        return new long[] {Long.parseLong(printed[0]), Long.parseLong(printed[1])};
    }

    public static boolean overlap(long[] a, long[] b) {
        return a[0] < b[1] && b[0] < a[1];
    }

    /** The pairs of {@code spans} that overlap, as "i and j". */
    public static List<String> overlapping(List<long[]> spans) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                if (overlap(spans.get(i), spans.get(j))) {
                    pairs.add(i + " and " + j);
                }
            }
        }
        return pairs;
    }

    /** How many of {@code others} overlap some span of {@code spans}. */
    public static long alongside(List<long[]> others, List<long[]> spans) {
        return others.stream().filter(b -> spans.stream().anyMatch(a -> overlap(a, b))).count();
    }
}
