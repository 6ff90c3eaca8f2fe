package org.labjudge.node.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.Verdict;

/**
 * A live console session on a real node over a real WebSocket on loopback: the program's output arrives as it
 * prints it, typed lines reach its stdin while it runs, end of input and stop work, and the end says how it ended.
 */
@Tag("docker")
class ConsoleSessionTest {
    private static RunningNodeFixture node;

    @BeforeAll
    static void start() {
        node = new RunningNodeFixture(b -> b.set("tokens", List.of("console-test-token"))
                .set("languages", List.of("python", "c")));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aPythonInputIsAnsweredWhileTheProgramRuns() {
        String program = """
                name = input("Your name? ")
                print("Hello, " + name + "!")
                again = input("Again? ")
                print("bye " + again)
                """;
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("python", program), null, null);
            ConsoleEvent started = console.next(60);
            assertThat(started.started()).isNotNull();
            assertThat(started.started().language()).isEqualTo("python");
            assertThat(console.awaitStdout("Your name? ", 30)).isEqualTo("Your name? ");

            console.type("Ada\n");
            // The echo comes while the program still runs: it waits for the second line.
            assertThat(console.awaitStdout("Again? ", 30)).isEqualTo("Hello, Ada!\nAgain? ");

            console.type("soon\n");
            StringBuilder rest = new StringBuilder();
            ConsoleEnd end = console.awaitEnd(rest, 30);
            assertThat(rest.toString()).isEqualTo("bye soon\n");
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.EXITED);
            assertThat(end.verdict()).isEqualTo(Verdict.OK);
            assertThat(end.exitCode()).isZero();
            assertThat(end.memoryKb()).isPositive();
            assertThat(end.wallTimeMs()).isPositive();
            assertThat(end.message()).startsWith("exit code 0 after ").contains("ms of CPU").contains("MB");
        }
    }

    @Test
    void endOfInputEndsWhatTheProgramReads() {
        String program = "import sys\nlines = sys.stdin.read().splitlines()\nprint(len(lines), 'lines:', ','.join(lines))\n";
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("python", program), null, null);
            assertThat(console.next(60).started()).isNotNull();
            console.type("one\n").type("two\n").endInput();
            StringBuilder out = new StringBuilder();
            ConsoleEnd end = console.awaitEnd(out, 30);
            assertThat(out.toString()).isEqualTo("2 lines: one,two\n");
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.EXITED);
            assertThat(end.exitCode()).isZero();
        }
    }

    @Test
    void theStartsStdinIsTypedBeforeAnythingElse() {
        String program = "import sys\nlines = sys.stdin.read().splitlines()\nprint(len(lines), 'lines:', ','.join(lines))\n";
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("python", program).withStdin("one\ntwo"), null, null);
            console.endInput(); // at once, before the program runs, as the editor sends a prepared input
            assertThat(console.next(60).started()).isNotNull();
            StringBuilder out = new StringBuilder();
            assertThat(console.awaitEnd(out, 30).exitCode()).isZero();
            assertThat(out.toString()).isEqualTo("2 lines: one,two\n");
        }
    }

    @Test
    void endOfInputAfterAPartialLineHandsTheLineOverThenEnds() {
        String program = "import sys\nprint(repr(sys.stdin.read()))\n";
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("python", program), null, null);
            assertThat(console.next(60).started()).isNotNull();
            console.type("no newline").endInput();
            StringBuilder out = new StringBuilder();
            assertThat(console.awaitEnd(out, 30).exitCode()).isZero();
            assertThat(out.toString()).isEqualTo("'no newline'\n");
        }
    }

    @Test
    void stopKillsTheProgram() {
        String program = "import time\nprint('ready', flush=True)\ntime.sleep(600)\n";
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("python", program), null, null);
            console.awaitStdout("ready", 60);
            console.stop();
            ConsoleEnd end = console.awaitEnd(null, 30);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.STOPPED);
            assertThat(end.verdict()).isNull();
            assertThat(end.signal()).isEqualTo("SIGKILL");
            assertThat(end.message()).startsWith("stopped after ");
        }
    }

    @Test
    void aCPromptWithoutNewlineShowsBeforeTheProgramReads() {
        String program = """
                #include <stdio.h>
                int main(void) {
                    int n;
                    printf("Number? ");
                    if (scanf("%d", &n) != 1) return 1;
                    printf("twice %d\\n", 2 * n);
                    return 0;
                }
                """;
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("c", program), null, null);
            assertThat(console.next(120).started()).isNotNull();
            // stdout is a terminal, so C's stdio flushes the prompt when the program reads, as in a console.
            assertThat(console.awaitStdout("Number? ", 30)).isEqualTo("Number? ");
            console.type("21\n");
            StringBuilder out = new StringBuilder();
            ConsoleEnd end = console.awaitEnd(out, 30);
            assertThat(out.toString()).isEqualTo("twice 42\n");
            assertThat(end.exitCode()).isZero();
        }
    }

    @Test
    void stderrComesInOrderWithStdoutAndAnErrorExitSaysSo() {
        String program = "import sys\nprint('out 1', flush=True)\nprint('to err', file=sys.stderr, flush=True)\n"
                + "print('out 2', flush=True)\nraise SystemExit(3)\n";
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("python", program), null, null);
            assertThat(console.next(60).started()).isNotNull();
            StringBuilder out = new StringBuilder();
            ConsoleEnd end = console.awaitEnd(out, 30);
            assertThat(out.toString()).isEqualTo("out 1\nto err\nout 2\n");
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.EXITED);
            assertThat(end.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
            assertThat(end.exitCode()).isEqualTo(3);
            assertThat(end.message()).startsWith("exit code 3");
        }
    }

    @Test
    void aProgramThatDoesNotCompileEndsWithTheCompilersMessage() {
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("c", "int main(void) { return x; }\n"), null, null);
            ConsoleEvent compile = console.next(120);
            assertThat(compile.compile()).isNotNull();
            assertThat(compile.compile().stderr()).contains("error:").contains("undeclared");
            ConsoleEnd end = console.awaitEnd(null, 10);
            assertThat(end.reason()).isEqualTo(ConsoleEndReason.COMPILATION_ERROR);
        }
    }
}
