package org.labjudge.app.grade;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a grade found, as the reports show it: the problem, when it was graded ({@code gradedAt}, ISO
 * 8601), the tests in the problem's order (the matrix's columns), the most a student can score and where the
 * weights came from, one row per student (sorted by student), and the similarity check.
 */
public record GradeReport(String problemId, String problemName, String gradedAt, List<String> tests,
                          double maxScore, String weights, List<GradeRow> rows, SimilarityReport similarity) {

    public GradeReport {
        tests = List.copyOf(tests);
        rows = List.copyOf(rows);
    }

    /** How many students got each verdict. */
    public Map<String, Integer> verdictCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(row.verdict(), 1, Integer::sum));
        return counts;
    }
}
