package org.labjudge.node.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.labjudge.node.endtoend.ConsoleClient;
import org.labjudge.node.endtoend.RunningNodeFixture;
import org.labjudge.protocol.RunRequest;

/**
 * The latency of a console session: from sending a typed line to the program's echo of it arriving, over a real
 * WebSocket on loopback to a real node (the program in its sandbox, on the terminal the agent runs it on), and, in
 * the same run, the same echo program on this host through a plain pipe as the baseline. Also the time from opening
 * the socket to the program running. Run with {@code bin/benchmark console [lines]} (default 200).
 */
public final class ConsoleBenchmark {
    /** Echoes each line at once. */
    private static final String ECHO = "while True:\n    print(input(), flush=True)\n";
    private static final int WARM_UP = 10;

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Stats session = new Stats();
        Stats pipe = new Stats();
        Stats startup = new Stats();
        try (RunningNodeFixture node = new RunningNodeFixture(b -> b.set("languages", List.of("python")))) {
            for (int round = 0; round < 3; round++) {
                sessionRound(node, lines, session, startup);
                pipeRound(lines, pipe);
            }
        }
        System.out.printf(Locale.ROOT, "console echo latency, %d lines x 3 rounds (ms)%n", lines);
        print("node session (WebSocket, sandbox, pty)", session);
        print("baseline: python3 on the host, pipe", pipe);
        System.out.printf(Locale.ROOT, "median over baseline: +%.2f ms (x%.1f); goal: under 30 ms on a local node: %s%n",
                session.median() - pipe.median(), session.median() / pipe.median(),
                session.median() < 30 ? "met" : "NOT met");
        print("session start (socket open to program running)", startup);
    }

    private static void print(String what, Stats stats) {
        System.out.printf(Locale.ROOT, "  %-48s median %7.2f  p95 %7.2f  min %7.2f  max %7.2f  (n=%d)%n", what,
                stats.median(), stats.p95(), stats.min(), stats.max(), stats.count());
    }

    private static void sessionRound(RunningNodeFixture node, int lines, Stats latency, Stats startup) {
        long open = System.nanoTime();
        try (ConsoleClient console = node.console()) {
            console.start(RunRequest.of("python", ECHO), null, null);
            if (console.next(120).started() == null) {
                throw new IllegalStateException("the session did not start");
            }
            startup.add((System.nanoTime() - open) / 1e6);
            for (int i = 0; i < WARM_UP + lines; i++) {
                String line = "line " + i;
                long sent = System.nanoTime();
                console.type(line + "\n");
                console.awaitStdout(line + "\n", 30);
                if (i >= WARM_UP) {
                    latency.add((System.nanoTime() - sent) / 1e6);
                }
            }
            console.stop();
            console.awaitEnd(null, 30);
        }
    }

    private static void pipeRound(int lines, Stats latency) throws IOException, InterruptedException {
        Process python = new ProcessBuilder("python3", "-c", ECHO).redirectErrorStream(true).start();
        try (OutputStream in = python.getOutputStream();
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < WARM_UP + lines; i++) {
                String line = "line " + i;
                long sent = System.nanoTime();
                in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
                String echo = out.readLine();
                if (!line.equals(echo)) {
                    throw new IllegalStateException("the pipe echoed " + echo + " for " + line);
                }
                if (i >= WARM_UP) {
                    latency.add((System.nanoTime() - sent) / 1e6);
                }
            }
        } finally {
            python.destroyForcibly().waitFor();
        }
    }
}
