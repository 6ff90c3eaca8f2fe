package org.labjudge.app.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes grading rows as CSV (RFC 4180 quoting), one line per student, for a spreadsheet or a gradebook. */
public final class CsvReport {

    static final String HEADER = "student,file,verdict,tests_passed,tests_total,max_time_ms,node,error";

    private CsvReport() {
    }

    public static void write(Path file, List<GradeRow> rows) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (GradeRow row : rows) {
            csv.append(field(row.student())).append(',')
                    .append(field(row.file())).append(',')
                    .append(field(row.verdict())).append(',')
                    .append(row.testsPassed()).append(',')
                    .append(row.testsTotal()).append(',')
                    .append(row.maxTimeMs()).append(',')
                    .append(field(row.node())).append(',')
                    .append(field(row.error())).append("\r\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
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
