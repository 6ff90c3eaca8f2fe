package org.labjudge.app.grade;

import java.util.List;
import java.util.Map;

/**
 * The report's two charts as inline SVG (no script, no network): how scores spread over ten bands of the
 * maximum, and how many students got each verdict, bars coloured like the matrix.
 */
final class SvgCharts {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 200;

    private SvgCharts() {
    }

    /** Students per tenth of the maximum score (the last band includes the maximum); judged rows only. */
    static String scoreDistribution(List<GradeRow> rows, double maxScore) {
        int[] bands = new int[10];
        for (GradeRow row : rows) {
            if (row.judged()) {
                double share = maxScore > 0 ? row.score() / maxScore : 0;
                bands[Math.min(9, Math.max(0, (int) Math.floor(share * 10)))]++;
            }
        }
        int most = 1;
        for (int band : bands) {
            most = Math.max(most, band);
        }
        int left = 30;
        int bottom = HEIGHT - 30;
        double barWidth = (WIDTH - left - 10) / 10.0;
        StringBuilder svg = open("Score distribution");
        axis(svg, left, bottom);
        for (int i = 0; i < 10; i++) {
            double h = (bottom - 20) * bands[i] / (double) most;
            double x = left + i * barWidth + 2;
            svg.append(String.format(java.util.Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%d%%-%d%%: %d</title></rect>%n",
                    x, bottom - h, barWidth - 4, h, i * 10, i * 10 + 10, bands[i]));
            if (bands[i] > 0) {
                svg.append(String.format(java.util.Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>%n", x + (barWidth - 4) / 2,
                        bottom - h - 4, bands[i]));
            }
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">%d</text>%n", x + (barWidth - 4) / 2,
                    bottom + 14, i * 10));
        }
        svg.append(String.format(java.util.Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"tick\">%% of %s</text>%n", WIDTH - 10, HEIGHT - 2,
                HtmlReport.escape(Scores.format(maxScore))));
        return svg.append("</svg>\n").toString();
    }

    /** One horizontal bar per verdict, longest for the most common. */
    static String verdictCounts(Map<String, Integer> counts) {
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int rowHeight = Math.max(14, Math.min(26, (HEIGHT - 20) / Math.max(1, counts.size())));
        int height = Math.max(HEIGHT, 20 + rowHeight * counts.size());
        int left = 170;
        StringBuilder svg = new StringBuilder(String.format(java.util.Locale.ROOT,
                "<svg class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\""
                        + " aria-label=\"Verdicts\">%n", WIDTH, height));
        int y = 10;
        for (var entry : counts.entrySet()) {
            double w = (WIDTH - left - 40) * entry.getValue() / (double) most;
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", left - 6, y + rowHeight - 8,
                    HtmlReport.escape(entry.getKey())));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<rect class=\"v-%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s: %d</title></rect>%n",
                    HtmlReport.escape(entry.getKey()), left, y, Math.max(1, w), rowHeight - 6,
                    HtmlReport.escape(entry.getKey()), entry.getValue()));
            svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%d</text>%n",
                    left + Math.max(1, w) + 4, y + rowHeight - 8, entry.getValue()));
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String label) {
        return new StringBuilder(String.format(java.util.Locale.ROOT,
                "<svg class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\""
                        + " aria-label=\"%s\">%n", WIDTH, HEIGHT, label));
    }

    private static void axis(StringBuilder svg, int left, int bottom) {
        svg.append(String.format(java.util.Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>%n", left, bottom, WIDTH - 10, bottom));
    }
}
