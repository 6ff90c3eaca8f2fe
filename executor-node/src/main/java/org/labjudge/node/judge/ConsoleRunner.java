package org.labjudge.node.judge;

import java.util.Locale;
import org.labjudge.node.sandbox.ExecFlag;
import org.labjudge.node.sandbox.ExecRequest;
import org.labjudge.node.sandbox.ExecResult;
import org.labjudge.node.sandbox.LiveOutput;
import org.labjudge.node.sandbox.Sandbox;
import org.labjudge.protocol.CompileResult;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.ConsoleEvent;
import org.labjudge.protocol.ConsoleStarted;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.Verdict;

/**
 * Runs one console session in one sandbox: builds the program as the judge does, runs it live under the run's
 * limits (CPU time, memory, processes, output) with the session's whole time as its wall-clock limit, ends it when
 * it goes idle, and says how it ended by the rules of every run.
 */
final class ConsoleRunner {
    /** How often the idle limit is looked at. */
    private static final long IDLE_CHECK_MS = 200;

    private final Judge judge;
    private final String nodeId;

    ConsoleRunner(Judge judge, String nodeId) {
        this.judge = judge;
        this.nodeId = nodeId;
    }

    ConsoleEnd run(PreparedRun run, Sandbox sandbox, ConsoleSession session, int idleSeconds, int totalSeconds) {
        CompileResult compile = judge.build(run, sandbox, OutputText.UTF_8);
        if (compile != null && compile.verdict() == Verdict.COMPILATION_ERROR) {
            session.emit(ConsoleEvent.compile(compile));
            return ConsoleEnd.without(ConsoleEndReason.COMPILATION_ERROR, "the program did not compile");
        }
        if (session.stoppedFor() != null) {
            return ConsoleEnd.without(session.stoppedFor(), "stopped before it started");
        }
        Limits limits = new Limits(run.limits().timeMs(), totalSeconds * 1000, run.limits().memoryMb(),
                run.limits().outputKb(), run.limits().processes());
        // The start's stdin (its one test's input) reaches the terminal before anything typed.
        byte[] typedFirst = run.tests().get(0).input().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ExecRequest request = judge.programExec(run, typedFirst, limits);
        session.emit(ConsoleEvent.started(new ConsoleStarted(nodeId, run.language().id(), limits, idleSeconds,
                totalSeconds)));
        session.touch();
        Output output = new Output(session);
        ExecResult result;
        Thread idle = idleWatch(session, idleSeconds);
        try {
            result = sandbox.executeLive(request, session.input(), output);
        } finally {
            idle.interrupt();
        }
        output.finish();
        return end(result, limits, run, session);
    }

    private static ConsoleEnd end(ExecResult result, Limits limits, PreparedRun run, ConsoleSession session) {
        String figures = figures(result);
        Integer exitCode = result.signal() == 0 ? result.exitCode() : null;
        String signal = Signals.name(result.signal());
        ConsoleEndReason stopped = session.stoppedFor();
        if (result.has(ExecFlag.STOPPED) && stopped != null) {
            String why = stopped == ConsoleEndReason.IDLE ? "ended: no input or output for a while"
                    : session.stoppedForShutdown() ? "ended: the node is shutting down" : "stopped";
            return new ConsoleEnd(stopped, null, exitCode, signal, result.cpuTimeMs(), result.wallTimeMs(),
                    result.maxRssKb(), why + " after " + figures);
        }
        ExecVerdict ended = VerdictRules.classifyLive(result, limits, run.language());
        if (ended.finished()) {
            String note = ended.message() == null ? "" : " (" + ended.message() + ")";
            return new ConsoleEnd(ConsoleEndReason.EXITED, Verdict.OK, exitCode, signal, result.cpuTimeMs(),
                    result.wallTimeMs(), result.maxRssKb(), "exit code 0 after " + figures + note);
        }
        ConsoleEndReason reason = ended.verdict() == Verdict.RUNTIME_ERROR
                ? ConsoleEndReason.EXITED : ConsoleEndReason.LIMIT;
        return new ConsoleEnd(reason, ended.verdict(), exitCode, signal, result.cpuTimeMs(), result.wallTimeMs(),
                result.maxRssKb(), ended.message() + "; after " + figures);
    }

    /** "2.3 s, 18 ms of CPU, 9.1 MB": what a person reads at the end. */
    private static String figures(ExecResult result) {
        return String.format(Locale.ROOT, "%.1f s, %d ms of CPU, %.1f MB", result.wallTimeMs() / 1000.0,
                result.cpuTimeMs(), result.maxRssKb() / 1024.0);
    }

    /** Stops the session once it has gone {@code idleSeconds} without input or output. */
    private static Thread idleWatch(ConsoleSession session, int idleSeconds) {
        long limitNanos = idleSeconds * 1_000_000_000L;
        Thread watch = new Thread(() -> {
            try {
                while (session.idleNanos() < limitNanos) {
                    Thread.sleep(IDLE_CHECK_MS);
                }
                session.stopFor(ConsoleEndReason.IDLE);
            } catch (InterruptedException e) {
                // the run ended first
            }
        }, "console-idle");
        watch.setDaemon(true);
        watch.start();
        return watch;
    }

    /**
     * The program's output as text events. Its stdout and stderr are one terminal; a stream the agent sends apart
     * (none today) is decoded on its own, so a character split between chunks stays whole.
     */
    private static final class Output implements LiveOutput {
        private final ConsoleSession session;
        private final Utf8Chunks stdout = new Utf8Chunks();
        private final Utf8Chunks stderr = new Utf8Chunks();

        Output(ConsoleSession session) {
            this.session = session;
        }

        @Override
        public void stdout(byte[] chunk) {
            emit(stdout.decode(chunk));
        }

        @Override
        public void stderr(byte[] chunk) {
            emit(stderr.decode(chunk));
        }

        private void emit(String text) {
            session.touch();
            if (!text.isEmpty()) {
                session.emit(ConsoleEvent.stdout(text));
            }
        }

        void finish() {
            emit(stdout.finish());
            emit(stderr.finish());
        }
    }
}
