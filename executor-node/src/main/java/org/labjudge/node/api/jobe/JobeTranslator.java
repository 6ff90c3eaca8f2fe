package org.labjudge.node.api.jobe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.labjudge.node.language.Language;
import org.labjudge.node.judge.RunOptions;
import org.labjudge.protocol.Limits;
import org.labjudge.protocol.LimitsInfo;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.SourceFile;

/**
 * Turns a Jobe run_spec into a request of the node's run service. Jobe's parameters become the
 * node's limits (which the run service fills and clamps as for every front-end) and additions
 * to the language's commands; the program runs once, fed {@code input}, with no expected output.
 */
final class JobeTranslator {
    private static final String FILE = "{file}";
    private static final String OUTPUT = "-o";
    /** The sandbox's agent, which the node's process cap counts beside the program (docs/sandbox.md). */
    private static final int AGENT_PROCESSES = 1;

    private final JobeFileCache files;

    JobeTranslator(JobeFileCache files) {
        this.files = files;
    }

    /**
     * @param limits the node's defaults and maxima: Jobe refuses a {@code cputime} above the
     *        server's upper limit, which here is the node's maximum CPU time
     */
    JobeRun translate(JobeRunSpec spec, JobeLanguage language, LimitsInfo limits) {
        JobeParameters p = spec.parameters();
        int maxCpuSeconds = limits.max().timeMs() / 1000;
        if (p.cputimeSeconds() != null && p.cputimeSeconds() > maxCpuSeconds) {
            throw new JobeError(400, "cputime exceeds maximum allowed on this Jobe server (" + maxCpuSeconds + " secs)");
        }
        RunRequest request = new RunRequest(language.nodeId(), spec.sourcecode(), files(spec.fileList()), spec.input(),
                p.runargs(), limits(p, language, limits), null, null, false);
        return new JobeRun(request, new RunOptions(JobeApi.FRONTEND, commands(p, language))
                .withOutputText(JobeOutputText.RULE));
    }

    private List<SourceFile> files(List<JobeFileSpec> fileList) {
        List<SourceFile> loaded = new ArrayList<>();
        for (JobeFileSpec file : fileList) {
            byte[] content = files.get(file.fileId()).orElseThrow(JobeError::missingFile);
            loaded.add(new SourceFile(file.fileName(), new String(content, StandardCharsets.UTF_8)));
        }
        return loaded;
    }

    private static Limits limits(JobeParameters p, JobeLanguage language, LimitsInfo node) {
        Integer timeMs = null;
        Integer wallTimeMs = null;
        if (p.cputimeSeconds() != null && p.cputimeSeconds() > 0) {
            timeMs = (int) Math.ceil(p.cputimeSeconds() * 1000);
            wallTimeMs = 2 * timeMs; // Jobe kills a job at twice its CPU time
        }
        Integer memoryMb = null;
        if (!language.ignoresMemoryLimit() && p.memorylimitMb() != null) {
            if (p.memorylimitMb() == 0) {
                memoryMb = node.max().memoryMb(); // Jobe's 0: no limit of the run's own
            } else if (p.memorylimitMb() > 0) {
                memoryMb = p.memorylimitMb();
            }
        }
        Integer processes = p.numprocs() != null && p.numprocs() > 0 ? p.numprocs() : null;
        if (language.minProcesses() > 0) {
            processes = Math.max(processes == null ? 0 : processes, language.minProcesses());
        }
        if (processes != null) {
            // Jobe's numprocs counts the program's processes (RLIMIT_NPROC); the node's cap counts its agent too.
            processes += AGENT_PROCESSES;
        }
        return new Limits(timeMs, wallTimeMs, memoryMb, null, processes);
    }

    /** The address-space limit Jobe would set: {@code memorylimit}, else the language's default; 0 (none) for 0. */
    private static int addressSpaceMb(JobeParameters p, JobeLanguage jobe) {
        if (jobe.addressSpaceMb() == 0 || (p.memorylimitMb() != null && p.memorylimitMb() == 0)) {
            return 0;
        }
        return p.memorylimitMb() != null && p.memorylimitMb() > 0 ? p.memorylimitMb() : jobe.addressSpaceMb();
    }

    /**
     * The node's commands with Jobe's arguments where Jobe puts them. The compile arguments (the
     * run's, else Jobe's defaults for the language) replace the node's flags between the compiler
     * and its {@code -o}, so C is compiled as Jobe compiles it (no {@code -O2}: a deep recursion
     * overflows the stack as it does there); a compiler without {@code -o} (javac) gets them before
     * the source file. Link arguments go last; interpreter arguments follow the interpreter (for a
     * compiled program, they come before the run arguments, as in Jobe).
     */
    private static UnaryOperator<Language> commands(JobeParameters p, JobeLanguage jobe) {
        List<String> compileArgs = p.compileargs().isEmpty() ? jobe.defaultCompileArgs() : p.compileargs();
        return language -> {
            List<String> compile;
            if (language.compiled()) {
                compile = new ArrayList<>(language.compileCommand());
                int output = compile.indexOf(OUTPUT);
                if (output > 0) {
                    compile.subList(1, output).clear();
                    compile.addAll(1, compileArgs);
                } else {
                    int file = compile.indexOf(FILE);
                    compile.addAll(file < 0 ? compile.size() : file, compileArgs);
                }
                compile.addAll(p.linkargs());
            } else {
                compile = jobe.syntaxCheck();
            }
            List<String> run = new ArrayList<>(language.runCommand());
            run.addAll(1, p.interpreterargs());
            // The agent sets it on the program's processes (RLIMIT_AS), as Jobe's runguard does.
            Language varied = language.withCommands(compile, run).withRunAddressSpace(addressSpaceMb(p, jobe));
            // Jobe's compile step is the only check: where it has none (nodejs), a syntax error is a
            // runtime error (12), not the node's own syntax check's compile error (11).
            return compile.isEmpty() ? varied.withoutCheck() : varied;
        };
    }
}
