package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.Verdict;

/**
 * A console session keeps the limits and auth of every run: the token is checked on the upgrade, CPU time, memory
 * and output end it with their verdicts, and its idle and total wall-clock limits end it with theirs, which are the
 * node's settings ({@code console}), published in {@code /api/v1/info}.
 */
@Tag("docker")
class ConsoleLimitsTest {
    private static final String TOKEN = "console-limits-token";
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("tokens", List.of(TOKEN)).set("languages", List.of("python"))
                .set("console.maxIdleSeconds", 300).set("console.totalSeconds", 500));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static RunRequest python(String source, Limits limits) {
        return new RunRequest("python", source, null, null, null, limits, null, null, false);
    }

    private static java.net.URI consoleUri() {
        return java.net.URI.create("ws://127.0.0.1:" + node.node.port() + "/api/v1/console");
    }

    @Test
    void withoutTheTokenTheSocketIsRefused() {
        assertThat(refusedStatus(null)).isEqualTo(401);
        assertThat(refusedStatus("not-the-token")).isEqualTo(401);
        try (ConsoleClient console = ConsoleClient.open(consoleUri(), TOKEN)) {
            console.start(python("print('in')\n", null), null, null);
            assertThat(console.awaitEnd(null, 60).reason()).isEqualTo(ConsoleEndReason.EXITED);
        }
    }

    /** The HTTP status of the upgrade refused for {@code token}. */
    private static int refusedStatus(String token) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ConsoleClient.open(consoleUri(), token));
        assertThat(thrown).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class);
        return ((java.net.http.WebSocketHandshakeException) thrown.getCause()).getResponse().statusCode();
    }

    @Test
    void theNodesConsoleSettingsArePublishedAndApplied() throws Exception {
        com.fasterxml.jackson.databind.JsonNode info = node.json.readTree(node.get("/api/v1/info").body());
        assertThat(info.get("limits").get("console").toString())
                .isEqualTo("{\"idleSeconds\":120,\"maxIdleSeconds\":300,\"totalSeconds\":500,\"maxTotalSeconds\":1800}");
        try (ConsoleClient console = node.console()) {
            console.start(python("print(input())\n", null), 1000, null);
            org.labjudge.protocol.ConsoleStarted started = console.next(60).started();
            assertThat(started.idleSeconds()).as("lowered to the node's maxIdleSeconds").isEqualTo(300);
            assertThat(started.totalSeconds()).as("the node's totalSeconds").isEqualTo(500);
            console.type("x\n");
            assertThat(console.awaitEnd(null, 30).reason()).isEqualTo(ConsoleEndReason.EXITED);
        }
    }

    @Test
    void aSessionWithNoInputOrOutputEndsAtItsIdleLimit() {
        try (ConsoleClient console = node.console()) {
            long start = System.nanoTime();
            console.start(python("input()\n", null), 2, null);
            assertThat(console.next(60).started().idleSeconds()).isEqualTo(2);
            ConsoleEnd end = console.awaitEnd(null, 30);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.IDLE);
            assertThat(end.message()).startsWith("ended: no input or output for a while");
            // The idle clock starts with the session, the program's wall time when it is started, a
            // little later: the session's own length is the bound, the program's time only its part.
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(2_000_000_000L);
            assertThat(end.wallTimeMs()).isPositive().isLessThan((System.nanoTime() - start) / 1_000_000);
        }
    }

    @Test
    void aBusySessionEndsAtItsTotalLimit() {
        // Prints every 0.3 s, so it is never idle; the session's 3 s end it.
        String program = "import time\nwhile True:\n    print('tick', flush=True)\n    time.sleep(0.3)\n";
        try (ConsoleClient console = node.console()) {
            console.start(python(program, null), 2, 3);
            assertThat(console.next(60).started().limits().wallTimeMs()).isEqualTo(3000);
            StringBuilder out = new StringBuilder();
            ConsoleEnd end = console.awaitEnd(out, 30);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.LIMIT);
            assertThat(end.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
            assertThat(end.message()).startsWith("ran longer than 3000 ms (wall clock)");
            assertThat(out.toString()).startsWith("tick\ntick\n");
        }
    }

    @Test
    void aLoopEndsAtItsCpuTimeLimit() {
        try (ConsoleClient console = node.console()) {
            console.start(python("while True:\n    pass\n", new Limits(1000, null, null, null, null)), null, null);
            ConsoleEnd end = console.awaitEnd(null, 60);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.LIMIT);
            assertThat(end.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
            assertThat(end.message()).startsWith("used more than 1000 ms of CPU time");
            assertThat(end.timeMs()).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void aMemoryHogEndsAtItsMemoryLimit() {
        String program = "a = []\nwhile True:\n    a.append(bytearray(1 << 20))\n";
        try (ConsoleClient console = node.console()) {
            console.start(python(program, new Limits(null, null, 64, null, null)), null, null);
            ConsoleEnd end = console.awaitEnd(null, 60);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.LIMIT);
            assertThat(end.verdict()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
            assertThat(end.message()).startsWith("used more than 64 MB of memory");
        }
    }

    @Test
    void endlessOutputEndsAtTheOutputCap() {
        try (ConsoleClient console = node.console()) {
            console.start(python("while True:\n    print('x' * 99)\n", new Limits(null, null, null, 16, null)),
                    null, null);
            StringBuilder out = new StringBuilder();
            ConsoleEnd end = console.awaitEnd(out, 60);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.LIMIT);
            assertThat(end.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
            assertThat(out.length()).isLessThanOrEqualTo(16 * 1024);
        }
    }

    @Test
    void aSessionThatDoesNotStartWithStartIsRefused() {
        try (ConsoleClient console = node.console()) {
            console.type("too early\n");
            ConsoleEnd end = console.awaitEnd(null, 10);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.REFUSED);
            assertThat(end.message()).isEqualTo("the first message of a session is start");
        }
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("cobol", "DISPLAY 'HI'."), null, null);
            ConsoleEnd end = console.awaitEnd(null, 10);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.REFUSED);
            assertThat(end.message()).contains("cobol");
        }
    }
}
