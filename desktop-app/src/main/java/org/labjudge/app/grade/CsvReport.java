package org.labjudge.app.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a grade as CSV (RFC 4180 quoting), one line per student, for a spreadsheet: verdict, score, tests
 * passed, one column per group's score ({@code group:secret/a}), and the reason nothing was judged or the
 * compiler's message.
 */
public final class CsvReport {

    static final String HEADER_START = "student,file,language,arrival,verdict,score,max_score,tests_passed,"
            + "tests_total,max_time_ms,node";

    private CsvReport() {
    }

    public static void write(Path file, GradeReport report) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    static String render(GradeReport report) {
        Set<String> groups = new LinkedHashSet<>();
        report.rows().forEach(row -> row.groups().forEach(g -> groups.add(g.name())));
        StringBuilder csv = new StringBuilder(HEADER_START);
        groups.forEach(g -> csv.append(',').append(field("group:" + g)));
        csv.append(",error\r\n");
        for (GradeRow row : report.rows()) {
            Map<String, GradeRow.GroupScore> byName = new java.util.HashMap<>();
            row.groups().forEach(g -> byName.put(g.name(), g));
            List<String> fields = new ArrayList<>(List.of(field(row.student()), field(row.file()),
                    field(row.language()), row.arrival().name(), field(row.verdict()), Scores.format(row.score()),
                    Scores.format(row.maxScore()), String.valueOf(row.testsPassed()), String.valueOf(row.testsTotal()),
                    String.valueOf(row.maxTimeMs()), field(row.node())));
            for (String group : groups) {
                GradeRow.GroupScore g = byName.get(group);
                fields.add(g == null ? "" : Scores.format(g.score()));
            }
            fields.add(field(row.error()));
            csv.append(String.join(",", fields)).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would be run as a formula by spreadsheets; a quote mark keeps it text.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
