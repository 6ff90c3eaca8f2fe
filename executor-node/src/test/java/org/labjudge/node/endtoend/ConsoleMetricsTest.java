package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.RunRequest;

/**
 * A real node's {@code /metrics} counts its console sessions as the run counters are labelled: started by front-end
 * and language, ended by reason, open now, the bytes typed and printed, and how long they lasted.
 */
@Tag("docker")
class ConsoleMetricsTest {
    private static final String ECHO = "while True:\n    print('echo ' + input(), flush=True)\n";
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("tokens", List.of("console-metrics-token"))
                .set("languages", List.of("python")));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void sessionsAreCountedByLanguageAndEndReasonWithTheirBytesAndDurations() {
        try (ConsoleClient first = node.console()) {
            first.start(RunRequest.of("python", ECHO), null, null);
            assertThat(first.next(60).started()).isNotNull();
            assertThat(metrics()).contains("labjudge_console_sessions_open{frontend=\"console\"} 1\n")
                    .contains("labjudge_console_sessions_started_total{frontend=\"console\",language=\"python\"} 1\n");

            first.type("Ada\n");
            assertThat(first.awaitStdout("echo Ada\n", 30)).isEqualTo("echo Ada\n");
            first.type("Grace\n");
            assertThat(first.awaitStdout("echo Grace\n", 30)).isEqualTo("echo Grace\n");
            first.stop();
            assertThat(first.awaitEnd(null, 30).reason()).isEqualTo(ConsoleEndReason.STOPPED);
        }
        try (ConsoleClient second = node.console()) {
            second.start(RunRequest.of("python", "print('ü' * 3)\n"), null, null);
            ConsoleEnd end = second.awaitEnd(null, 60);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.EXITED);
        }
        try (ConsoleClient refused = node.console()) {
            refused.start(RunRequest.of("cobol", "DISPLAY 'HI'."), null, null);
            assertThat(refused.awaitEnd(null, 30).reason()).isEqualTo(ConsoleEndReason.REFUSED);
        }

        long typed = "Ada\nGrace\n".getBytes(StandardCharsets.UTF_8).length;
        long printed = "echo Ada\necho Grace\nüüü\n".getBytes(StandardCharsets.UTF_8).length;
        String text = metrics();
        assertThat(text)
                .contains("# TYPE labjudge_console_sessions_started_total counter\n")
                .contains("labjudge_console_sessions_started_total{frontend=\"console\",language=\"python\"} 2\n")
                .contains("labjudge_console_sessions_started_total{frontend=\"console\",language=\"unknown\"} 1\n")
                .contains("labjudge_console_sessions_ended_total{frontend=\"console\",language=\"python\",reason=\"EXITED\"} 1\n")
                .contains("labjudge_console_sessions_ended_total{frontend=\"console\",language=\"python\",reason=\"STOPPED\"} 1\n")
                .contains("labjudge_console_sessions_ended_total{frontend=\"console\",language=\"unknown\",reason=\"REFUSED\"} 1\n")
                .contains("labjudge_console_sessions_open{frontend=\"console\"} 0\n")
                .contains("labjudge_console_bytes_total{frontend=\"console\",direction=\"in\"} " + typed + "\n")
                .contains("labjudge_console_bytes_total{frontend=\"console\",direction=\"out\"} " + printed + "\n")
                .contains("# TYPE labjudge_console_session_duration_ms histogram\n")
                .contains("labjudge_console_session_duration_ms_bucket{frontend=\"console\",le=\"+Inf\"} 3\n")
                .contains("labjudge_console_session_duration_ms_count{frontend=\"console\"} 3\n");
        assertThat(text).doesNotContain("language=\"cobol\"");
    }

    private static String metrics() {
        return node.get("/metrics").body();
    }
}
