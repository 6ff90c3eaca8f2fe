package org.labjudge.app.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.labjudge.protocol.problem.ProblemPackage;

/**
 * Writes grading rows as one self-contained HTML page (styles inline, no scripts, no external files), so a
 * teacher can mail it or open it anywhere: a summary by verdict, then each student's verdict, tests passed
 * and time.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static void write(Path file, ProblemPackage problem, List<GradeRow> rows, ZonedDateTime when)
            throws IOException {
        Files.writeString(file, render(problem, rows, when), StandardCharsets.UTF_8);
    }

    static String render(ProblemPackage problem, List<GradeRow> rows, ZonedDateTime when) {
        Map<String, Integer> byVerdict = new TreeMap<>();
        rows.forEach(row -> byVerdict.merge(row.verdict(), 1, Integer::sum));
        int tests = problem.samples().size() + problem.secretTests().size();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(problem.name())).append(" – LabJudge grades</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}\n")
                .append("table{border-collapse:collapse;margin-top:1rem}\n")
                .append("th,td{border:1px solid #ccc;padding:.3rem .7rem;text-align:left}\n")
                .append("th{background:#f3f3f3}td.num{text-align:right}\n")
                .append(".ACCEPTED{background:#d9f2d9}.WRONG_ANSWER{background:#f8d7d7}\n")
                .append(".TIME_LIMIT_EXCEEDED,.MEMORY_LIMIT_EXCEEDED,.OUTPUT_LIMIT_EXCEEDED{background:#fde9c8}\n")
                .append(".RUNTIME_ERROR,.COMPILATION_ERROR{background:#f1dcf5}\n")
                .append(".NOT_JUDGED,.INTERNAL_ERROR{background:#e0e0e0}\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(problem.name())).append("</h1>\n")
                .append("<p>Problem <code>").append(escape(problem.id())).append("</code>, ").append(tests)
                .append(" tests. Graded ").append(escape(when.format(DateTimeFormatter.RFC_1123_DATE_TIME)))
                .append(".</p>\n<table>\n<tr><th>Verdict</th><th>Students</th></tr>\n");
        byVerdict.forEach((verdict, count) -> html.append("<tr><td class=\"").append(escape(verdict)).append("\">")
                .append(escape(verdict)).append("</td><td class=\"num\">").append(count).append("</td></tr>\n"));
        html.append("</table>\n<table>\n<tr><th>Student</th><th>File</th><th>Verdict</th><th>Tests passed</th>")
                .append("<th>Max time</th><th>Node</th><th>Note</th></tr>\n");
        for (GradeRow row : rows) {
            html.append("<tr><td>").append(escape(row.student())).append("</td><td>").append(escape(row.file()))
                    .append("</td><td class=\"").append(escape(row.verdict())).append("\">")
                    .append(escape(row.verdict())).append("</td><td class=\"num\">")
                    .append(row.judged() ? row.testsPassed() + " / " + row.testsTotal() : "")
                    .append("</td><td class=\"num\">").append(row.judged() ? row.maxTimeMs() + " ms" : "")
                    .append("</td><td>").append(escape(row.node())).append("</td><td>").append(escape(row.error()))
                    .append("</td></tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
