package org.labjudge.node.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The sandbox's verdict matrix, run against one node: every verdict the sandbox must read from the
 * kernel (CPU time, wall clock, memory and OOM kills, output caps, the process cap, signals), in C and
 * Python. A command, not a test: {@code bin/test-cgroup2} runs it against a node on this host and
 * against a node inside a cgroup v2 VM, then compares the two.
 *
 * <pre>
 * VerdictMatrix run URL OUT.tsv [SCALE]   runs every case, prints the matrix, writes it as TSV; exit 1 if a verdict
 *                                         is wrong; SCALE multiplies every time limit (a slow, emulated machine)
 * VerdictMatrix compare HOST.tsv GUEST.tsv   prints both side by side; exit 1 if a verdict is wrong or a
 *                                            measured figure differs by more than 20%
 * </pre>
 *
 * <p>The {@code measure-} cases check the figures: the C one busy-waits for a stretch of wall-clock time,
 * touching 64 MB, and prints the CPU time the kernel gave it (CLOCK_PROCESS_CPUTIME_ID); the node's
 * {@code timeMs} must be within 20% of that on each machine, and peak memory within 20% of the other
 * machine's. Fixed work would not do: a VM under software emulation is many times slower than this host,
 * and a busy machine gives a busy-wait less CPU.
 */
public final class VerdictMatrix {
    static final double TOLERANCE = 0.20;
    private static final Limits BASE = new Limits(1000, 3000, 128, 64, 32);

    /** One row of the matrix: a program, its limits, the verdict it must get, and whether its figures are compared. */
    record Case(String name, String language, String source, Limits limits, String expected, Verdict verdict,
                String signal, boolean measured) {
    }

    /** What a node answered for one case. */
    record Outcome(String name, Verdict expected, Verdict verdict, String signal, long timeMs, long memoryKb,
                   String problem) {
        boolean verdictRight() {
            return problem.isEmpty();
        }

        String tsv() {
            return String.join("\t", name, expected.name(), verdict.name(), signal == null ? "-" : signal,
                    String.valueOf(timeMs), String.valueOf(memoryKb), problem.isEmpty() ? "-" : problem);
        }

        static Outcome parse(String line) {
            String[] f = line.split("\t", -1);
            return new Outcome(f[0], Verdict.valueOf(f[1]), Verdict.valueOf(f[2]), "-".equals(f[3]) ? null : f[3],
                    Long.parseLong(f[4]), Long.parseLong(f[5]), "-".equals(f[6]) ? "" : f[6]);
        }
    }

    static List<Case> cases() {
        String sumC = "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);}\n";
        String busyC = """
                #include <stdio.h>
                #include <stdlib.h>
                #include <string.h>
                #include <time.h>
                static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
                int main(void) {
                    size_t n = (size_t) 64 << 20;
                    char *p = malloc(n);
                    memset(p, 1, n);
                    double end = now() + 0.8;
                    volatile unsigned long x = 0;
                    while (now() < end) x++;
                    struct timespec cpu;
                    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
                    printf("%ld\\n", cpu.tv_sec * 1000L + cpu.tv_nsec / 1000000L + p[n - 1] - 1 + (long) (x & 0));
                    return 0;
                }
                """;
        return List.of(
                new Case("accepted-c", "c", sumC, BASE, "5\n", Verdict.ACCEPTED, null, false),
                new Case("accepted-python", "python", "a, b = map(int, input().split())\nprint(a + b)\n", BASE, "5\n",
                        Verdict.ACCEPTED, null, false),
                new Case("wrong-answer-c", "c", "int main(void){return puts(\"6\") < 0;}\n", BASE, "5\n",
                        Verdict.WRONG_ANSWER, null, false),
                new Case("runtime-error-signal-c", "c", "int main(void){volatile int *p = 0; *p = 1; return 0;}\n", BASE,
                        null, Verdict.RUNTIME_ERROR, "SIGSEGV", false),
                new Case("runtime-error-python", "python", "raise SystemExit(3)\n", BASE, null, Verdict.RUNTIME_ERROR,
                        null, false),
                new Case("time-limit-cpu-c", "c", "int main(void){volatile unsigned long x = 0; for (;;) x++;}\n", BASE,
                        null, Verdict.TIME_LIMIT_EXCEEDED, null, false),
                new Case("time-limit-wall-python", "python", "import time\ntime.sleep(300)\n", BASE, null,
                        Verdict.TIME_LIMIT_EXCEEDED, null, false),
                new Case("memory-limit-c", "c", """
                        #include <stdlib.h>
                        int main(void) {
                            size_t n = (size_t) 1 << 30;
                            volatile char *p = malloc(n);
                            if (!p) return 3;
                            for (size_t i = 0; i < n; i += 4096) p[i] = 1;
                            return 0;
                        }
                        """, BASE, null, Verdict.MEMORY_LIMIT_EXCEEDED, null, false),
                new Case("memory-limit-python", "python", "b = bytearray(1024 ** 3)\nprint(len(b))\n", BASE, null,
                        Verdict.MEMORY_LIMIT_EXCEEDED, null, false),
                // Files in the memory-backed work dir and /tmp, then output for the agent to hold: the kernel may
                // take the agent too; either way the run is MLE.
                new Case("memory-limit-agent-path-python", "python", """
                        import sys
                        open('/box/a', 'wb').write(bytes(16 << 20))
                        open('/tmp/b', 'wb').write(bytes(16 << 20))
                        sys.stdout.write('a' * (30 << 20))
                        """, new Limits(1000, 3000, 48, 16384, 32), null, Verdict.MEMORY_LIMIT_EXCEEDED, null, false),
                new Case("output-limit-c", "c", "#include <stdio.h>\nint main(void){for(;;) puts(\"flood\");}\n", BASE,
                        null, Verdict.OUTPUT_LIMIT_EXCEEDED, null, false),
                new Case("process-cap-c", "c", """
                        #include <stdio.h>
                        #include <unistd.h>
                        int main(void) {
                            int n = 0;
                            for (int i = 0; i < 10000; i++) {
                                pid_t p = fork();
                                if (p < 0) break;
                                if (p == 0) { pause(); _exit(0); }
                                n++;
                            }
                            printf("%d\\n", n);
                            return 0;
                        }
                        """, BASE, null, Verdict.RUNTIME_ERROR, null, false),
                new Case("measure-cpu-and-memory-c", "c", busyC, new Limits(5000, 15000, 256, 64, 32), null,
                        Verdict.OK, null, true),
                new Case("measure-memory-python", "python", "b = bytearray(64 << 20)\nprint(len(b))\n",
                        new Limits(5000, 15000, 256, 64, 32), null, Verdict.OK, null, true));
    }

    public static void main(String[] args) throws Exception {
        if ((args.length == 3 || args.length == 4) && args[0].equals("run")) {
            System.exit(run(URI.create(args[1]), Path.of(args[2]), args.length == 4 ? Integer.parseInt(args[3]) : 1));
        } else if (args.length == 3 && args[0].equals("compare")) {
            System.exit(compare(read(Path.of(args[1])), read(Path.of(args[2]))));
        } else {
            System.err.println("usage: VerdictMatrix run URL OUT.tsv [TIME_SCALE] | compare HOST.tsv GUEST.tsv");
            System.exit(2);
        }
    }

    static int run(URI node, Path out, int timeScale) throws IOException, InterruptedException {
        ObjectMapper json = Json.newMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases()) {
            TestCase test = new TestCase(c.name(), c.expected() == null ? "" : "2 3\n", c.expected());
            Limits limits = new Limits(c.limits().timeMs() * timeScale, c.limits().wallTimeMs() * timeScale,
                    c.limits().memoryMb(), c.limits().outputKb(), c.limits().processes());
            RunRequest request = RunRequest.of(c.language(), c.source()).withLimits(limits).withTests(List.of(test));
            HttpRequest post = HttpRequest.newBuilder(node.resolve("/api/v1/runs"))
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(json, request))).build();
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                outcomes.add(new Outcome(c.name(), c.verdict(), Verdict.INTERNAL_ERROR, null, 0, 0,
                        "HTTP " + response.statusCode() + ": " + response.body().replace('\t', ' ').replace('\n', ' ')));
                continue;
            }
            TestResult r = Json.read(json, response.body(), RunResult.class).tests().get(0);
            outcomes.add(new Outcome(c.name(), c.verdict(), r.verdict(), r.signal(), r.timeMs(), r.memoryKb(),
                    problem(c, r)));
        }
        List<String> lines = outcomes.stream().map(Outcome::tsv).toList();
        Files.write(out, lines);
        System.out.printf("%-32s %-22s %-22s %-8s %8s %10s  %s%n", "case", "expected", "verdict", "signal", "time ms",
                "memory KB", "problem");
        for (Outcome o : outcomes) {
            System.out.printf("%-32s %-22s %-22s %-8s %8d %10d  %s%n", o.name(), o.expected(), o.verdict(),
                    o.signal() == null ? "-" : o.signal(), o.timeMs(), o.memoryKb(), o.problem());
        }
        long wrong = outcomes.stream().filter(o -> !o.verdictRight()).count();
        System.out.printf("%d of %d verdicts right%n", outcomes.size() - wrong, outcomes.size());
        return wrong == 0 ? 0 : 1;
    }

    /** Why a result is not what the case demands; empty when it is. */
    static String problem(Case c, TestResult r) {
        List<String> problems = new ArrayList<>();
        if (r.verdict() != c.verdict()) {
            problems.add("verdict " + r.verdict() + " (" + r.message() + ")");
        }
        if (c.signal() != null && !c.signal().equals(r.signal())) {
            problems.add("signal " + r.signal() + ", not " + c.signal());
        }
        if (c.name().equals("measure-cpu-and-memory-c") && r.verdict() == Verdict.OK) {
            long ownCpuMs = Long.parseLong(r.stdout().strip());
            differs("time against the program's own CPU clock", ownCpuMs, r.timeMs()).ifPresent(problems::add);
        }
        if (c.name().equals("process-cap-c")) {
            int forked = r.stdout() == null || r.stdout().isBlank() ? -1 : Integer.parseInt(r.stdout().strip());
            // The agent and the program itself count against the cap.
            if (forked < 1 || forked > c.limits().processes() - 2) {
                problems.add("forked " + forked + " processes under a cap of " + c.limits().processes());
            }
        }
        return String.join("; ", problems).replace('\t', ' ').replace('\n', ' ');
    }

    static Map<String, Outcome> read(Path tsv) throws IOException {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (!line.isBlank()) {
                Outcome o = Outcome.parse(line);
                outcomes.put(o.name(), o);
            }
        }
        return outcomes;
    }

    static int compare(Map<String, Outcome> host, Map<String, Outcome> guest) {
        System.out.printf("%-32s %-22s %-22s %-22s %9s %9s %11s %11s  %s%n", "case", "expected", "host", "cgroup v2 VM",
                "host ms", "VM ms", "host KB", "VM KB", "problem");
        int bad = 0;
        for (Case c : cases()) {
            Outcome h = host.get(c.name());
            Outcome g = guest.get(c.name());
            List<String> problems = new ArrayList<>();
            if (h == null || g == null) {
                problems.add("missing from " + (h == null ? "the host's" : "the VM's") + " matrix");
            } else {
                if (!h.verdictRight()) {
                    problems.add("host: " + h.problem());
                }
                if (!g.verdictRight()) {
                    problems.add("VM: " + g.problem());
                }
                if (c.measured()) {
                    // Time is checked on each machine against the program's own CPU clock (see the class comment).
                    differs("memory", h.memoryKb(), g.memoryKb()).ifPresent(problems::add);
                }
            }
            bad += problems.isEmpty() ? 0 : 1;
            System.out.printf("%-32s %-22s %-22s %-22s %9s %9s %11s %11s  %s%n", c.name(), c.verdict(),
                    h == null ? "-" : h.verdict(), g == null ? "-" : g.verdict(),
                    h == null ? "-" : h.timeMs(), g == null ? "-" : g.timeMs(),
                    h == null ? "-" : h.memoryKb(), g == null ? "-" : g.memoryKb(),
                    problems.isEmpty() ? "-" : String.join("; ", problems));
        }
        System.out.printf("%d of %d cases agree (verdicts as expected on both, measured figures within %.0f%%)%n",
                cases().size() - bad, cases().size(), TOLERANCE * 100);
        return bad == 0 ? 0 : 1;
    }

    static java.util.Optional<String> differs(String what, long host, long guest) {
        double off = host == 0 ? (guest == 0 ? 0 : 1) : Math.abs(guest - host) / (double) host;
        return off <= TOLERANCE ? java.util.Optional.empty()
                : java.util.Optional.of(String.format("%s %d vs %d (%.0f%% apart)", what, host, guest, off * 100));
    }
}
