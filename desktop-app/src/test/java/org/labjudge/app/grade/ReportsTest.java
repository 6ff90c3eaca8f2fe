package org.labjudge.app.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.problem.ProblemPackage;

class ReportsTest {

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulas() {
        assertThat(CsvReport.field("plain")).isEqualTo("plain");
        assertThat(CsvReport.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvReport.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvReport.field("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(CsvReport.field(null)).isEmpty();
    }

    @Test
    void htmlIsSelfContainedAndEscaped() {
        ProblemPackage problem = new ProblemPackage("sum", "Sum <&>", "", null, null, List.of(), List.of(),
                Path.of("."));
        String html = HtmlReport.render(problem, List.of(
                new GradeRow("<b>eve</b>", "eve.py", "ACCEPTED", 3, 3, 12, "lab-01", null),
                new GradeRow("mallory", "m.py", GradeRow.NOT_JUDGED, 0, 0, 0, null, "\"quoted\" & <odd>")),
                ZonedDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));

        assertThat(html).contains("<h1>Sum &lt;&amp;&gt;</h1>", "<td>&lt;b&gt;eve&lt;/b&gt;</td>", "3 / 3", "12 ms",
                "&quot;quoted&quot; &amp; &lt;odd&gt;", "Thu, 2 Jan 2025 03:04:05 GMT",
                "<td class=\"ACCEPTED\">ACCEPTED</td><td class=\"num\">1</td>");
        assertThat(html).doesNotContain("<b>", "<script", "http://", "https://");
    }
}
