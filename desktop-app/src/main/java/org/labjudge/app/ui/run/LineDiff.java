package org.labjudge.app.ui.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line diff of expected and actual output (longest common subsequence), with a removed line and an
 * added line at the same place paired up as one changed row, as side-by-side views show them. Very long
 * outputs are compared position by position instead, which stays linear.
 */
public final class LineDiff {

    /** Above this many cells in the LCS table, compare position by position. */
    private static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    public static List<DiffLine> compare(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            return positional(a, b);
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffLine> rows = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<Integer> extra = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
                flush(rows, a, b, missing, extra);
                rows.add(new DiffLine(i + 1, a.get(i), j + 1, b.get(j), DiffLine.Kind.SAME));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                extra.add(j++);
            } else {
                missing.add(i++);
            }
        }
        flush(rows, a, b, missing, extra);
        return List.copyOf(rows);
    }

    /** Whether every row is {@link DiffLine.Kind#SAME}. */
    public static boolean identical(List<DiffLine> rows) {
        return rows.stream().allMatch(row -> row.kind() == DiffLine.Kind.SAME);
    }

    private static void flush(List<DiffLine> rows, List<String> a, List<String> b, List<Integer> missing,
                              List<Integer> extra) {
        int paired = Math.min(missing.size(), extra.size());
        for (int k = 0; k < paired; k++) {
            int i = missing.get(k);
            int j = extra.get(k);
            rows.add(new DiffLine(i + 1, a.get(i), j + 1, b.get(j), DiffLine.Kind.CHANGED));
        }
        for (int k = paired; k < missing.size(); k++) {
            int i = missing.get(k);
            rows.add(new DiffLine(i + 1, a.get(i), 0, "", DiffLine.Kind.MISSING));
        }
        for (int k = paired; k < extra.size(); k++) {
            int j = extra.get(k);
            rows.add(new DiffLine(0, "", j + 1, b.get(j), DiffLine.Kind.EXTRA));
        }
        missing.clear();
        extra.clear();
    }

    private static List<DiffLine> positional(List<String> a, List<String> b) {
        List<DiffLine> rows = new ArrayList<>();
        for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
            if (k >= a.size()) {
                rows.add(new DiffLine(0, "", k + 1, b.get(k), DiffLine.Kind.EXTRA));
            } else if (k >= b.size()) {
                rows.add(new DiffLine(k + 1, a.get(k), 0, "", DiffLine.Kind.MISSING));
            } else {
                rows.add(new DiffLine(k + 1, a.get(k), k + 1, b.get(k),
                        same(a.get(k), b.get(k)) ? DiffLine.Kind.SAME : DiffLine.Kind.CHANGED));
            }
        }
        return List.copyOf(rows);
    }

    /** Trailing whitespace does not count, as with the judge's default checkers. */
    private static boolean same(String x, String y) {
        return x.stripTrailing().equals(y.stripTrailing());
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
