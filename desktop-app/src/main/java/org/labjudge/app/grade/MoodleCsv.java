package org.labjudge.app.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a grade as the CSV Moodle's gradebook imports (Grades > Import > CSV file): a header line, then one
 * line per student with the column Moodle maps to a user ({@code Username}: the student's file or folder name,
 * so folders named by username or e-mail address map with "Map from: Username" to "username" or
 * "useremail"), the grade out of 100 (a new grade item's default maximum) in a column named after the problem,
 * and a feedback column for it. Moodle asks for the feedback together with the grade, or drops the
 * feedback of that item. Comma-separated, UTF-8, RFC 4180 quoting.
 */
public final class MoodleCsv {

    private MoodleCsv() {
    }

    public static void write(Path file, GradeReport report) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    static String render(GradeReport report) {
        StringBuilder csv = new StringBuilder();
        csv.append("Username,").append(CsvReport.field(report.problemName())).append(',')
                .append(CsvReport.field("Feedback: " + report.problemName())).append("\r\n");
        for (GradeRow row : report.rows()) {
            double percent = row.maxScore() > 0 ? 100 * row.score() / row.maxScore() : 0;
            csv.append(CsvReport.field(row.student())).append(',')
                    .append(row.judged() ? Scores.format(percent) : "").append(',')
                    .append(CsvReport.field(feedback(row))).append("\r\n");
        }
        return csv.toString();
    }

    /** One line a student can read: what happened and the score. */
    static String feedback(GradeRow row) {
        if (GradeRow.MISSING.equals(row.verdict())) {
            return "No submission.";
        }
        if (!row.judged()) {
            return "Not judged: " + row.error();
        }
        StringBuilder text = new StringBuilder(row.verdict()).append(": ").append(row.testsPassed()).append(" of ")
                .append(row.testsTotal()).append(" tests passed, score ").append(Scores.format(row.score()))
                .append(" of ").append(Scores.format(row.maxScore())).append('.');
        if (row.arrival() == GradeRow.Arrival.LATE) {
            text.append(" Submitted late.");
        }
        if (row.compileFailed() && row.error() != null) {
            text.append(" Compiler: ").append(row.errorHeadline());
        }
        return text.toString();
    }
}
