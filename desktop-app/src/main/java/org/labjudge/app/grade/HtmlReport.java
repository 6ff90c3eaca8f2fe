package org.labjudge.app.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labjudge.app.grade.GradeRow.FailedTest;
import org.labjudge.app.grade.GradeRow.GroupScore;
import org.labjudge.app.grade.GradeRow.TestCell;
import org.labjudge.app.grade.SimilarPair.Mark;
import org.labjudge.app.grade.SimilarPair.MarkedFile;

/**
 * Writes a grade as one self-contained HTML page (styles inline, no scripts, no external files), so a teacher
 * can mail it or open it anywhere: the summary and two charts (score distribution, verdict counts), the
 * student-by-test matrix in colour, the similar pairs, then each student's details (compiler message, the
 * first failed test's input and expected against actual output) and each pair side by side with its matches
 * marked. Details open in place ({@code <details>}); the matrix and the pair list link to them.
 */
public final class HtmlReport {

    /** Verdicts as the matrix's cells abbreviate them. */
    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("ACCEPTED", "AC"), Map.entry("OK", "OK"), Map.entry("WRONG_ANSWER", "WA"),
            Map.entry("TIME_LIMIT_EXCEEDED", "TLE"), Map.entry("MEMORY_LIMIT_EXCEEDED", "MLE"),
            Map.entry("OUTPUT_LIMIT_EXCEEDED", "OLE"), Map.entry("RUNTIME_ERROR", "RE"),
            Map.entry("COMPILATION_ERROR", "CE"), Map.entry("SKIPPED", "–"), Map.entry("JUDGE_ERROR", "JE"),
            Map.entry("INTERNAL_ERROR", "IE"));

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1400px}
            h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin-top:.5rem}
            th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
            th{background:#f3f3f3}td.num{text-align:right}
            table.matrix td.t{text-align:center;font-size:.8rem;padding:.2rem .3rem;min-width:2.2rem}
            .charts{display:flex;gap:2rem;flex-wrap:wrap}.charts figure{margin:0}
            figcaption{font-weight:600;margin-bottom:.3rem}
            svg.chart text{font-size:11px;fill:#333}svg.chart .tick{fill:#666}
            svg.chart .bar{fill:#4a7fb5}svg.chart .axis{stroke:#999}
            .ACCEPTED,.OK,.v-ACCEPTED{background:#c9ecc9;fill:#5cb85c}
            .WRONG_ANSWER,.v-WRONG_ANSWER{background:#f6c6c6;fill:#d9534f}
            .TIME_LIMIT_EXCEEDED,.MEMORY_LIMIT_EXCEEDED,.OUTPUT_LIMIT_EXCEEDED,.v-TIME_LIMIT_EXCEEDED,
            .v-MEMORY_LIMIT_EXCEEDED,.v-OUTPUT_LIMIT_EXCEEDED{background:#fde1b0;fill:#f0ad4e}
            .RUNTIME_ERROR,.v-RUNTIME_ERROR{background:#ead0f2;fill:#9b59b6}
            .COMPILATION_ERROR,.v-COMPILATION_ERROR{background:#d6d6f5;fill:#5b5bd6}
            .NOT_JUDGED,.MISSING,.INTERNAL_ERROR,.JUDGE_ERROR,.SKIPPED,.v-NOT_JUDGED,.v-MISSING,
            .v-INTERNAL_ERROR,.v-JUDGE_ERROR{background:#e4e4e4;fill:#999}
            .late{background:#fff3a8;padding:0 .3rem;border-radius:3px;font-size:.8rem}
            pre{background:#f7f7f7;border:1px solid #ddd;padding:.5rem;overflow:auto;max-height:24rem;margin:.3rem 0}
            pre.err{background:#fbeeee} pre.feedback{background:#eef4fb}
            details{margin:.4rem 0;border:1px solid #e3e3e3;border-radius:4px;padding:.3rem .6rem}
            summary{cursor:pointer;font-weight:600}
            .sbs{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
            .sbs h4{margin:.3rem 0}.sbs pre{max-height:40rem}
            .ln{color:#999;display:inline-block;width:2.5rem;user-select:none}
            .diff td{vertical-align:top;font-family:monospace;white-space:pre}.diff .bad{background:#fbd0d0}
            mark{display:inline-block;min-width:calc(100% - 2.6rem)}.legend{font-size:.85rem;color:#555}
            .m0{background:#ffe08a}.m1{background:#a8e6cf}.m2{background:#a8d8ff}
            .m3{background:#ffc2e2}.m4{background:#d7c2ff}.m5{background:#c6f0a0}
            """;

    private HtmlReport() {
    }

    public static void write(Path file, GradeReport report) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    static String render(GradeReport report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(report.problemName())).append(" – LabJudge grades</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(report.problemName())).append("</h1>\n");
        summary(html, report);
        html.append("<div class=\"charts\">\n<figure><figcaption>Score distribution</figcaption>\n")
                .append(SvgCharts.scoreDistribution(report.rows(), report.maxScore()))
                .append("</figure>\n<figure><figcaption>Verdicts</figcaption>\n")
                .append(SvgCharts.verdictCounts(report.verdictCounts())).append("</figure>\n</div>\n");
        matrix(html, report);
        similarity(html, report.similarity());
        html.append("<h2>Students</h2>\n");
        for (int i = 0; i < report.rows().size(); i++) {
            student(html, i, report.rows().get(i));
        }
        pairs(html, report.similarity());
        return html.append("</body>\n</html>\n").toString();
    }

    private static void summary(StringBuilder html, GradeReport report) {
        List<GradeRow> rows = report.rows();
        long judged = rows.stream().filter(GradeRow::judged).count();
        long accepted = rows.stream().filter(GradeRow::accepted).count();
        long late = rows.stream().filter(r -> r.arrival() == GradeRow.Arrival.LATE).count();
        long missing = rows.stream().filter(r -> r.arrival() == GradeRow.Arrival.MISSING).count();
        double mean = rows.stream().filter(GradeRow::judged).mapToDouble(GradeRow::score).average().orElse(0);
        html.append("<p>Problem <code>").append(escape(report.problemId())).append("</code>, ")
                .append(report.tests().size()).append(" tests, most score ").append(Scores.format(report.maxScore()))
                .append(" (weights: ").append(escape(report.weights())).append("). Graded ")
                .append(escape(report.gradedAt())).append(".</p>\n<p>").append(rows.size()).append(" students: ")
                .append(judged).append(" judged, ").append(accepted).append(" accepted, ").append(late)
                .append(" late, ").append(missing).append(" missing; mean score ").append(Scores.format(mean))
                .append(".</p>\n");
    }

    private static void matrix(StringBuilder html, GradeReport report) {
        Set<String> groups = new LinkedHashSet<>();
        report.rows().forEach(r -> r.groups().forEach(g -> groups.add(g.name())));
        html.append("<h2>Matrix</h2>\n<table class=\"matrix\">\n<tr><th>Student</th><th>Verdict</th><th>Score</th>");
        groups.forEach(g -> html.append("<th>").append(escape(g)).append("</th>"));
        for (int i = 0; i < report.tests().size(); i++) {
            html.append("<th title=\"").append(escape(report.tests().get(i))).append("\">").append(i + 1)
                    .append("</th>");
        }
        html.append("</tr>\n");
        for (int i = 0; i < report.rows().size(); i++) {
            GradeRow row = report.rows().get(i);
            html.append("<tr><td><a href=\"#student-").append(i).append("\">").append(escape(row.student()))
                    .append("</a>");
            if (row.arrival() == GradeRow.Arrival.LATE) {
                html.append(" <span class=\"late\">late</span>");
            }
            html.append("</td><td class=\"").append(escape(row.verdict())).append("\">").append(escape(row.verdict()))
                    .append("</td><td class=\"num\">").append(row.judged() ? Scores.format(row.score()) : "")
                    .append("</td>");
            Map<String, GroupScore> byName = new HashMap<>();
            row.groups().forEach(g -> byName.put(g.name(), g));
            for (String g : groups) {
                GroupScore score = byName.get(g);
                html.append("<td class=\"num\">").append(score == null ? ""
                        : Scores.format(score.score()) + " / " + Scores.format(score.maxScore())).append("</td>");
            }
            Map<String, TestCell> cells = new HashMap<>();
            row.tests().forEach(c -> cells.put(c.name(), c));
            for (String test : report.tests()) {
                TestCell cell = cells.get(test);
                if (cell == null) {
                    html.append("<td class=\"t ").append(escape(row.verdict())).append("\"></td>");
                } else {
                    html.append("<td class=\"t ").append(escape(cell.verdict())).append("\" title=\"")
                            .append(escape(test + ": " + cell.verdict() + ", " + cell.timeMs() + " ms"
                                    + (cell.passes() == null ? "" : ", " + passes(cell.passes()))))
                            .append("\">")
                            .append(escape(SHORT.getOrDefault(cell.verdict(), cell.verdict()))).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<p class=\"legend\">Tests:");
        for (int i = 0; i < report.tests().size(); i++) {
            html.append(i == 0 ? " " : ", ").append(i + 1).append(" <code>").append(escape(report.tests().get(i)))
                    .append("</code>");
        }
        html.append(".</p>\n");
    }

    private static void similarity(StringBuilder html, SimilarityReport similarity) {
        html.append("<h2>Similarity</h2>\n<p>Pairs of one language at least ")
                .append(Math.round(similarity.threshold() * 100)).append("% similar (JPlag, base code left out), in ")
                .append(similarity.millis()).append(" ms.</p>\n");
        if (similarity.pairs().isEmpty()) {
            html.append("<p>No pair reached the threshold.</p>\n");
        } else {
            html.append("<table>\n<tr><th>First</th><th>Second</th><th>Language</th><th>Similarity</th>")
                    .append("<th>Matched tokens</th></tr>\n");
            for (int i = 0; i < similarity.pairs().size(); i++) {
                SimilarPair pair = similarity.pairs().get(i);
                html.append("<tr><td>").append(escape(pair.first())).append("</td><td>").append(escape(pair.second()))
                        .append("</td><td>").append(escape(pair.language()))
                        .append("</td><td class=\"num\"><a href=\"#pair-").append(i).append("\">")
                        .append(Math.round(pair.similarity() * 100)).append("%</a></td><td class=\"num\">")
                        .append(pair.matchedTokens()).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!similarity.notes().isEmpty()) {
            html.append("<ul>\n");
            similarity.notes().forEach(n -> html.append("<li>").append(escape(n)).append("</li>\n"));
            html.append("</ul>\n");
        }
    }

    private static void student(StringBuilder html, int index, GradeRow row) {
        html.append("<details id=\"student-").append(index).append("\"><summary>").append(escape(row.student()))
                .append(" – <span class=\"").append(escape(row.verdict())).append("\">").append(escape(row.verdict()))
                .append("</span>");
        if (row.judged()) {
            html.append(", ").append(Scores.format(row.score())).append(" / ").append(Scores.format(row.maxScore()))
                    .append(", ").append(row.testsPassed()).append(" / ").append(row.testsTotal()).append(" tests");
        }
        if (row.arrival() == GradeRow.Arrival.LATE) {
            html.append(" <span class=\"late\">late</span>");
        }
        html.append("</summary>\n<p>");
        if (row.file() != null) {
            html.append("File <code>").append(escape(row.file())).append("</code>");
            if (row.language() != null) {
                html.append(" (").append(escape(row.language())).append(")");
            }
        }
        if (row.node() != null) {
            html.append(", judged on ").append(escape(row.node())).append(row.cached() ? " (an earlier grade)" : "")
                    .append(", slowest test ").append(row.maxTimeMs()).append(" ms");
        }
        html.append(".</p>\n");
        if (row.compileFailed() && row.error() != null) {
            html.append("<p>Compiler output:</p>\n<pre class=\"err\">").append(escape(row.error())).append("</pre>\n");
        } else if (row.error() != null) {
            html.append("<p>").append(escape(row.error())).append("</p>\n");
        }
        FailedTest failed = row.firstFailure();
        if (failed != null) {
            html.append("<p>First failed test <code>").append(escape(failed.name())).append("</code>: <span class=\"")
                    .append(escape(failed.verdict())).append("\">").append(escape(failed.verdict())).append("</span>")
                    .append(failed.passes() == null ? "" : ", after " + passes(failed.passes()))
                    .append(failed.message() == null ? "" : " (" + escape(failed.message()) + ")").append("</p>\n");
            if (failed.interactive()) {
                // The program's output went to the interactor: there is no output to set against the answer.
                html.append("<p>The program talked with the problem's interactor; what it wrote went to the")
                        .append(" interactor and is not kept. The interactor's input:</p>\n<pre>")
                        .append(escape(failed.input())).append("</pre>\n");
                if (failed.expected() != null) {
                    html.append("<p>The interactor's answer file:</p>\n<pre>").append(escape(failed.expected()))
                            .append("</pre>\n");
                }
            } else {
                html.append("<p>Input:</p>\n<pre>").append(escape(failed.input())).append("</pre>\n");
                if (failed.expected() != null) {
                    diff(html, failed.expected(), failed.actual());
                }
            }
            if (failed.feedback() != null && !failed.feedback().isBlank()) {
                html.append("<p>Validator feedback (shown to the student):</p>\n<pre class=\"feedback\">")
                        .append(escape(failed.feedback())).append("</pre>\n");
            }
            if (failed.judgeMessage() != null && !failed.judgeMessage().isBlank()) {
                html.append("<p>Judge message (for the teacher only):</p>\n<pre>")
                        .append(escape(failed.judgeMessage())).append("</pre>\n");
            }
            if (failed.stderr() != null && !failed.stderr().isBlank()) {
                html.append("<p>Standard error:</p>\n<pre class=\"err\">").append(escape(failed.stderr()))
                        .append("</pre>\n");
            }
        }
        html.append("</details>\n");
    }

    private static String passes(int passes) {
        return passes == 1 ? "1 pass" : passes + " passes";
    }

    /** Expected and actual output side by side, line by line, the lines that differ marked. */
    private static void diff(StringBuilder html, String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual == null ? List.of() : actual.lines().toList();
        html.append("<table class=\"diff\">\n<tr><th>Expected</th><th>Actual</th></tr>\n");
        int lines = Math.min(200, Math.max(want.size(), got.size()));
        for (int i = 0; i < lines; i++) {
            String a = i < want.size() ? want.get(i) : "";
            String b = i < got.size() ? got.get(i) : "";
            String cls = a.strip().equals(b.strip()) ? "" : " class=\"bad\"";
            html.append("<tr><td").append(cls).append(">").append(escape(a)).append("</td><td").append(cls).append(">")
                    .append(escape(b)).append("</td></tr>\n");
        }
        if (want.isEmpty() && got.isEmpty()) {
            html.append("<tr><td>(empty)</td><td>(empty)</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void pairs(StringBuilder html, SimilarityReport similarity) {
        if (similarity.pairs().isEmpty()) {
            return;
        }
        html.append("<h2>Similar pairs side by side</h2>\n");
        for (int i = 0; i < similarity.pairs().size(); i++) {
            SimilarPair pair = similarity.pairs().get(i);
            html.append("<details id=\"pair-").append(i).append("\" open><summary>").append(escape(pair.first()))
                    .append(" and ").append(escape(pair.second())).append(": ")
                    .append(Math.round(pair.similarity() * 100)).append("% (").append(escape(pair.language()))
                    .append(")</summary>\n<div class=\"sbs\">\n");
            side(html, pair.first(), pair.firstFiles());
            side(html, pair.second(), pair.secondFiles());
            html.append("</div>\n</details>\n");
        }
    }

    private static void side(StringBuilder html, String student, List<MarkedFile> files) {
        html.append("<div><h4>").append(escape(student)).append("</h4>\n");
        for (MarkedFile file : files) {
            html.append("<p><code>").append(escape(file.name())).append("</code></p>\n<pre>");
            List<String> lines = file.text().lines().toList();
            for (int n = 1; n <= lines.size(); n++) {
                Mark mark = markOf(file.marks(), n);
                html.append("<span class=\"ln\">").append(n).append("</span>");
                if (mark == null) {
                    html.append(escape(lines.get(n - 1)));
                } else {
                    html.append("<mark class=\"m").append((mark.match() - 1) % 6).append("\" title=\"match ")
                            .append(mark.match()).append("\">").append(escape(lines.get(n - 1))).append("</mark>");
                }
                html.append('\n');
            }
            html.append("</pre>\n");
        }
        html.append("</div>\n");
    }

    private static Mark markOf(List<Mark> marks, int line) {
        for (Mark mark : marks) {
            if (line >= mark.startLine() && line <= mark.endLine()) {
                return mark;
            }
        }
        return null;
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
