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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestCase;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;

/**
 * The sandbox's verdict matrix, run against one node: every verdict the sandbox must read from the
 * kernel (CPU time, wall clock, memory and OOM kills, the agent killed for memory, output caps, the
 * process cap, signals), in C and Python, and the slots' cores (each slot's cgroup cpuset). A command, not
 * a test: {@code bin/test-cgroup2} runs it against a node on this host and against a node inside a cgroup
 * v2 VM, then compares the two. The node must have two slots on two cores.
 *
 * <pre>
 * VerdictMatrix run URL OUT.tsv [SCALE]   runs every case, prints the matrix, writes it as TSV; exit 1 if a verdict
 *                                         is wrong; SCALE multiplies every time limit (a slow, emulated machine)
 * VerdictMatrix compare HOST.tsv GUEST.tsv   prints both side by side; exit 1 if a verdict is wrong or a
 *                                            measured figure differs by more than 20%
 * </pre>
 *
 * <p>The {@code measure-} cases check the figures: each program touches 64 MB, burns CPU until its own CPU
 * clock (CLOCK_PROCESS_CPUTIME_ID) passes a mark and prints that clock. The node's {@code timeMs} must be
 * within 20% of the program's clock on each machine, and time and peak memory within 20% of the other
 * machine's: a mark on the program's own clock is the same work on a machine many times slower (software
 * emulation) or busy with others, where a fixed loop or a wall-clock stretch would not be.
 */
public final class VerdictMatrix {
    static final double TOLERANCE = 0.20;
    private static final Limits BASE = new Limits(1000, 3000, 128, 64, 32);
    // Past a default node's maximum (bin/test-cgroup2 raises it): at load 26 on two cores this host gave the
    // Python case 4 s of CPU in 46 s, past the wall-clock allowance of a 20 s limit (31 s).
    private static final Limits MEASURING = new Limits(60000, 240000, 256, 64, 32);
    // Room for the slot cases' 2 s sleep past the wall-clock allowance of their time limit, on a busy machine too.
    private static final Limits SLOTS = new Limits(3000, 10000, 128, 64, 32);
    private static final TestCase SUM = new TestCase("sum", "2 3\n", "5\n");

    /** What a case checks beyond its verdict. */
    enum Check {
        NONE,
        /** stdout is the program's own CPU time in ms; timeMs and memoryKb are compared across machines. */
        MEASURED,
        /** stdout is forked tasks; the process cap stopped the program below the cap. */
        PROCESS_CAP,
        /** stdout is "CHILD PARENT" Cpus_allowed_list after asking for every core: one core, the same for both. */
        OWN_CORE,
        /** stdout is Cpus_allowed_list; every SLOT_CORE case runs at once, each on a core no other one has. */
        SLOT_CORE
    }

    /**
     * One row of the matrix: a program, its limits, its tests (every test before the last must be accepted;
     * the row is the last one's), the verdict the last must get, with this signal and a message containing
     * {@code says} (null: any), so a TLE by CPU time is told from one by the wall clock.
     */
    record Case(String name, String language, String source, Limits limits, List<TestCase> tests, Verdict verdict,
                String signal, String says, Check check) {
        Case(String name, String language, String source, Limits limits, Verdict verdict, String signal, String says,
             Check check) {
            this(name, language, source, limits, List.of(new TestCase(name, "", null)), verdict, signal, says, check);
        }
    }

    /** What a node answered for one case; {@code cores} is the Cpus_allowed_list a core case saw, else "-". */
    record Outcome(String name, Verdict expected, Verdict verdict, String signal, long timeMs, long memoryKb,
                   String cores, String problem) {
        boolean verdictRight() {
            return problem.isEmpty();
        }

        Outcome withProblem(String more) {
            return new Outcome(name, expected, verdict, signal, timeMs, memoryKb, cores,
                    problem.isEmpty() ? more : problem + "; " + more);
        }

        String tsv() {
            return String.join("\t", name, expected.name(), verdict.name(), signal == null ? "-" : signal,
                    String.valueOf(timeMs), String.valueOf(memoryKb), cores, problem.isEmpty() ? "-" : problem);
        }

        static Outcome parse(String line) {
            String[] f = line.split("\t", -1);
            return new Outcome(f[0], Verdict.valueOf(f[1]), Verdict.valueOf(f[2]), "-".equals(f[3]) ? null : f[3],
                    Long.parseLong(f[4]), Long.parseLong(f[5]), f[6], "-".equals(f[7]) ? "" : f[7]);
        }
    }

    static List<Case> cases() {
        String sumC = "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);}\n";
        String measureC = """
                #include <stdio.h>
                #include <stdlib.h>
                #include <string.h>
                #include <time.h>
                static long cpu_ms(void) {
                    struct timespec t;
                    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
                    return t.tv_sec * 1000L + t.tv_nsec / 1000000L;
                }
                int main(void) {
                    size_t n = (size_t) 64 << 20;
                    char *p = malloc(n);
                    memset(p, 1, n);
                    volatile unsigned long x = 0;
                    long ms;
                    do { for (int i = 0; i < 100000; i++) x++; } while ((ms = cpu_ms()) < 2000);
                    printf("%ld\\n", ms + p[n - 1] - 1);
                    return 0;
                }
                """;
        // Python's start alone took 0.5 to 2.3 s of CPU under software emulation on a busy machine: the mark is
        // well past it, and the C one well past the 0.2 s the agent's own work there adds, so each is mostly the mark.
        String measurePython = """
                import time
                b = bytearray(64 << 20)
                while time.process_time() < 4.0:
                    pass
                print(round(time.process_time() * 1000) + b[-1])
                """;
        // Files in /box and /tmp stay between a run's tests; the second test's 8 MB of input is what the agent
        // must hold before it starts the program, and it does not fit beside them: the kernel kills the agent.
        String fillThenWaitC = """
                #include <stdio.h>
                #include <unistd.h>
                static char mb[1 << 20];
                static int fill(const char *path) {
                    FILE *f = fopen(path, "wb");
                    if (!f) return 1;
                    for (int i = 0; i < 15; i++) if (fwrite(mb, 1, sizeof mb, f) != sizeof mb) return 1;
                    return fclose(f) != 0;
                }
                int main(void) {
                    if (access("/box/a", F_OK) == 0) { puts("the agent started me"); return 0; }
                    if (fill("/box/a") || fill("/tmp/b")) return 3;
                    puts("5");
                    return 0;
                }
                """;
        String ownCoreC = """
                #define _GNU_SOURCE
                #include <sched.h>
                #include <stdio.h>
                #include <sys/wait.h>
                #include <unistd.h>
                static void print_cores(void) {
                    char line[512], cores[256] = "?";
                    FILE *f = fopen("/proc/self/status", "r");
                    while (f && fgets(line, sizeof line, f)) if (sscanf(line, "Cpus_allowed_list: %255s", cores) == 1) break;
                    printf("%s", cores);
                    fflush(stdout);
                }
                int main(void) {
                    cpu_set_t every;
                    CPU_ZERO(&every);
                    for (int i = 0; i < CPU_SETSIZE; i++) CPU_SET(i, &every);
                    sched_setaffinity(0, sizeof every, &every);
                    pid_t child = fork();
                    if (child == 0) { print_cores(); _exit(0); }
                    waitpid(child, NULL, 0);
                    printf(" ");
                    print_cores();
                    printf("\\n");
                    return 0;
                }
                """;
        // Long enough that both runs hold their slots at once, however slowly their sandboxes start.
        String slotCorePython = """
                import time
                cores = next(l.split()[1] for l in open('/proc/self/status') if l.startswith('Cpus_allowed_list'))
                time.sleep(2)
                print(cores)
                """;
        return List.of(
                new Case("accepted-c", "c", sumC, BASE, List.of(SUM), Verdict.ACCEPTED, null, null, Check.NONE),
                new Case("accepted-python", "python", "a, b = map(int, input().split())\nprint(a + b)\n", BASE,
                        List.of(SUM), Verdict.ACCEPTED, null, null, Check.NONE),
                new Case("wrong-answer-c", "c", "int main(void){return puts(\"6\") < 0;}\n", BASE, List.of(SUM),
                        Verdict.WRONG_ANSWER, null, null, Check.NONE),
                new Case("runtime-error-signal-c", "c", "int main(void){volatile int *p = 0; *p = 1; return 0;}\n", BASE,
                        Verdict.RUNTIME_ERROR, "SIGSEGV", null, Check.NONE),
                new Case("runtime-error-python", "python", "raise SystemExit(3)\n", BASE, Verdict.RUNTIME_ERROR,
                        null, null, Check.NONE),
                // The node's longest wall clock: a machine at load 30 on two cores gave the loop 0.9 s of CPU in 20 s.
                new Case("time-limit-cpu-c", "c", "int main(void){volatile unsigned long x = 0; for (;;) x++;}\n",
                        new Limits(1000, 60000, 128, 64, 32), Verdict.TIME_LIMIT_EXCEEDED, null, "ms of CPU time",
                        Check.NONE),
                new Case("time-limit-wall-python", "python", "import time\ntime.sleep(300)\n", BASE,
                        Verdict.TIME_LIMIT_EXCEEDED, null, "(wall clock)", Check.NONE),
                new Case("memory-limit-c", "c", """
                        #include <stdlib.h>
                        int main(void) {
                            size_t n = (size_t) 1 << 30;
                            volatile char *p = malloc(n);
                            if (!p) return 3;
                            for (size_t i = 0; i < n; i += 4096) p[i] = 1;
                            return 0;
                        }
                        """, BASE, Verdict.MEMORY_LIMIT_EXCEEDED, null, null, Check.NONE),
                new Case("memory-limit-python", "python", "b = bytearray(1024 ** 3)\nprint(len(b))\n", BASE,
                        Verdict.MEMORY_LIMIT_EXCEEDED, null, null, Check.NONE),
                // Files in the memory-backed work dir and /tmp, then output for the agent to hold: the kernel takes
                // the program (the agent too, at times); either way the run is MLE.
                new Case("memory-limit-files-python", "python", """
                        import sys
                        open('/box/a', 'wb').write(bytes(16 << 20))
                        open('/tmp/b', 'wb').write(bytes(16 << 20))
                        sys.stdout.write('a' * (30 << 20))
                        """, new Limits(1000, 3000, 48, 16384, 32), Verdict.MEMORY_LIMIT_EXCEEDED, null, null, Check.NONE),
                new Case("memory-limit-agent-killed-c", "c", fillThenWaitC, new Limits(1000, 3000, 36, 64, 32),
                        List.of(SUM, new TestCase("input-the-agent-holds", "0".repeat(8 << 20), "5\n")),
                        Verdict.MEMORY_LIMIT_EXCEEDED, "SIGKILL", "the sandbox was killed for memory", Check.NONE),
                new Case("output-limit-c", "c", "#include <stdio.h>\nint main(void){for(;;) puts(\"flood\");}\n", BASE,
                        Verdict.OUTPUT_LIMIT_EXCEEDED, null, null, Check.NONE),
                // A main that exits 0 after forks failed at the cap is judged on its output (none expected here).
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
                        """, BASE, Verdict.OK, null, "some forks failed", Check.PROCESS_CAP),
                new Case("measure-cpu-and-memory-c", "c", measureC, MEASURING, Verdict.OK, null, null, Check.MEASURED),
                new Case("measure-cpu-and-memory-python", "python", measurePython, MEASURING, Verdict.OK, null, null,
                        Check.MEASURED),
                new Case("cpuset-own-core-and-child-c", "c", ownCoreC, BASE, Verdict.OK, null, null, Check.OWN_CORE),
                new Case("cpuset-slot-a-python", "python", slotCorePython, SLOTS, Verdict.OK, null, null, Check.SLOT_CORE),
                new Case("cpuset-slot-b-python", "python", slotCorePython, SLOTS, Verdict.OK, null, null, Check.SLOT_CORE));
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

    static int run(URI node, Path out, int timeScale) throws IOException {
        ObjectMapper json = Json.newMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<Case> together = cases().stream().filter(c -> c.check() == Check.SLOT_CORE).toList();
        for (Case c : cases()) {
            if (c.check() != Check.SLOT_CORE) {
                outcomes.put(c.name(), send(http, json, node, c, timeScale).join());
            }
        }
        // The slot cases at once, so each holds a slot while the others run.
        List<CompletableFuture<Outcome>> atOnce = together.stream().map(c -> send(http, json, node, c, timeScale)).toList();
        atOnce.forEach(f -> outcomes.put(f.join().name(), f.join()));
        apartProblems(together.stream().map(c -> outcomes.get(c.name())).toList())
                .forEach((name, problem) -> outcomes.put(name, outcomes.get(name).withProblem(problem)));

        Files.write(out, outcomes.values().stream().map(Outcome::tsv).toList());
        String row = "%-32s %-22s %-22s %-8s %8s %10s %-6s  %s%n";
        System.out.printf(row, "case", "expected", "verdict", "signal", "time ms", "memory KB", "cpus", "problem");
        for (Outcome o : outcomes.values()) {
            System.out.printf(row, o.name(), o.expected(), o.verdict(), o.signal() == null ? "-" : o.signal(),
                    o.timeMs(), o.memoryKb(), o.cores(), o.problem());
        }
        long wrong = outcomes.values().stream().filter(o -> !o.verdictRight()).count();
        System.out.printf("%d of %d verdicts right%n", outcomes.size() - wrong, outcomes.size());
        return wrong == 0 ? 0 : 1;
    }

    /** Posts one case; an answer other than 200 is an INTERNAL_ERROR outcome naming it. */
    private static CompletableFuture<Outcome> send(HttpClient http, ObjectMapper json, URI node, Case c, int timeScale) {
        Limits limits = new Limits(c.limits().timeMs() * timeScale, c.limits().wallTimeMs() * timeScale,
                c.limits().memoryMb(), c.limits().outputKb(), c.limits().processes());
        RunRequest request = RunRequest.of(c.language(), c.source()).withLimits(limits).withTests(c.tests());
        HttpRequest post = HttpRequest.newBuilder(node.resolve("/api/v1/runs"))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(json, request))).build();
        return CompletableFuture.supplyAsync(() -> postUntilServed(http, post, c.name())).thenApply(response -> {
            if (response.statusCode() != 200) {
                return new Outcome(c.name(), c.verdict(), Verdict.INTERNAL_ERROR, null, 0, 0, "-",
                        oneLine("HTTP " + response.statusCode() + ": " + response.body()));
            }
            List<TestResult> tests = Json.read(json, response.body(), RunResult.class).tests();
            TestResult r = tests.get(tests.size() - 1);
            List<String> problems = new ArrayList<>();
            for (TestResult before : tests.subList(0, tests.size() - 1)) {
                if (before.verdict() != Verdict.ACCEPTED) {
                    problems.add("test " + before.name() + " " + before.verdict() + " (" + before.message() + ")");
                }
            }
            problem(c, r).ifPresent(problems::add);
            boolean coreCase = c.check() == Check.OWN_CORE || c.check() == Check.SLOT_CORE;
            String cores = coreCase && r.stdout() != null && !r.stdout().isBlank() ? r.stdout().strip() : "-";
            return new Outcome(c.name(), c.verdict(), r.verdict(), r.signal(), r.timeMs(), r.memoryKb(),
                    cores.replace(' ', '/'), oneLine(String.join("; ", problems)));
        });
    }

    /**
     * Posts until the node serves the run or five minutes pass. A node answers 503 while its engine is slow to
     * answer a ping (under emulation, while the engine tears down a sandbox killed for memory, a ping took
     * past the node's 1.5 s and every later run was refused): a client waits its Retry-After and tries again.
     */
    private static HttpResponse<String> postUntilServed(HttpClient http, HttpRequest post, String name) {
        long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try {
            while (true) {
                HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 503 || System.nanoTime() > giveUp) {
                    return response;
                }
                long wait = response.headers().firstValueAsLong("Retry-After").orElse(2);
                System.err.printf("%s: HTTP 503 (%s), again in %d s%n", name, oneLine(response.body()), wait);
                Thread.sleep(Duration.ofSeconds(Math.max(1, wait)).toMillis());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Why a result is not what the case demands; empty when it is. */
    static Optional<String> problem(Case c, TestResult r) {
        List<String> problems = new ArrayList<>();
        if (r.verdict() != c.verdict()) {
            problems.add("verdict " + r.verdict() + " (" + r.message() + ")");
        }
        if (c.signal() != null && !c.signal().equals(r.signal())) {
            problems.add("signal " + r.signal() + ", not " + c.signal());
        }
        if (c.says() != null && (r.message() == null || !r.message().contains(c.says()))) {
            problems.add("message \"" + r.message() + "\" does not say \"" + c.says() + "\"");
        }
        String out = r.stdout() == null ? "" : r.stdout().strip();
        boolean ran = r.verdict() == c.verdict();
        switch (c.check()) {
            case MEASURED -> {
                if (ran) {
                    long own = number(out);
                    if (own < 0) {
                        problems.add("printed \"" + out + "\", not its CPU time");
                    } else {
                        differs("time against the program's own CPU clock", own, r.timeMs()).ifPresent(problems::add);
                    }
                }
            }
            case PROCESS_CAP -> {
                long forked = number(out);
                // The agent and the program itself count against the cap.
                if (forked < 1 || forked > c.limits().processes() - 2) {
                    problems.add("forked " + forked + " processes under a cap of " + c.limits().processes());
                }
            }
            case OWN_CORE -> {
                String[] seen = out.split(" ");
                if (seen.length != 2 || !oneCore(seen[0]) || !seen[0].equals(seen[1])) {
                    problems.add("child/parent on cores \"" + out + "\", not one core both");
                }
            }
            case SLOT_CORE -> {
                if (ran && !oneCore(out)) {
                    problems.add("on cores \"" + out + "\", not one core");
                }
            }
            case NONE -> {
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** The slot cases that saw a core an earlier one saw too, each with its problem. */
    static Map<String, String> apartProblems(List<Outcome> slots) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> firstOn = new HashMap<>();
        for (Outcome o : slots) {
            String before = firstOn.putIfAbsent(o.cores(), o.name());
            if (before != null) {
                problems.put(o.name(), "on core " + o.cores() + " as " + before + " was at the same time");
            }
        }
        return problems;
    }

    /** A count or a time a program printed, -1 when it printed no number. */
    static long number(String printed) {
        return printed.matches("\\d{1,18}") ? Long.parseLong(printed) : -1;
    }

    static boolean oneCore(String cpus) {
        return cpus.matches("\\d+");
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
        String row = "%-32s %-22s %-22s %-22s %8s %8s %9s %9s %-6s %-6s  %s%n";
        System.out.printf(row, "case", "expected", "host", "cgroup v2 VM", "host ms", "VM ms", "host KB", "VM KB",
                "h cpus", "VM cpus", "problem");
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
                if (c.check() == Check.MEASURED) {
                    differs("time", h.timeMs(), g.timeMs()).ifPresent(problems::add);
                    differs("memory", h.memoryKb(), g.memoryKb()).ifPresent(problems::add);
                }
            }
            bad += problems.isEmpty() ? 0 : 1;
            System.out.printf(row, c.name(), c.verdict(),
                    h == null ? "-" : h.verdict(), g == null ? "-" : g.verdict(),
                    h == null ? "-" : h.timeMs(), g == null ? "-" : g.timeMs(),
                    h == null ? "-" : h.memoryKb(), g == null ? "-" : g.memoryKb(),
                    h == null ? "-" : h.cores(), g == null ? "-" : g.cores(),
                    problems.isEmpty() ? "-" : String.join("; ", problems));
        }
        System.out.printf("%d of %d cases agree (verdicts as expected on both, measured time and memory within %.0f%%)%n",
                cases().size() - bad, cases().size(), TOLERANCE * 100);
        return bad == 0 ? 0 : 1;
    }

    static Optional<String> differs(String what, long host, long guest) {
        double off = host == 0 ? (guest == 0 ? 0 : 1) : Math.abs(guest - host) / (double) host;
        return off <= TOLERANCE ? Optional.empty()
                : Optional.of(String.format("%s %d vs %d (%.0f%% apart)", what, host, guest, off * 100));
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
