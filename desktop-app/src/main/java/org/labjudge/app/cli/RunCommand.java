package org.labjudge.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.submission.Program;
import org.labjudge.protocol.RunResult;
import org.labjudge.protocol.TestResult;
import org.labjudge.protocol.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labjudge run PATH...}: runs a program once on the pool, like running it locally: its output on stdout,
 * its errors on stderr, and one summary line (verdict, time, node) on stderr.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a program once on the pool.")
final class RunCommand extends PoolCommand {

    @Parameters(index = "0", arity = "1..*", paramLabel = "PATH",
            description = "the source file; or a folder, or several files, as one program (the node finds its"
                    + " main file)")
    List<Path> paths;

    @Mixin
    SourceOptions sourceOptions;

    @Option(names = "--stdin", paramLabel = "FILE|-", description = "file fed to the program's standard input;"
            + " - reads this command's own (default: this command's own when it is piped or redirected, else none)")
    String stdin;

    /** The program's input: the file named, this command's own standard input, or none from a terminal. */
    private String input() throws IOException {
        StandardInput own = main.stdin();
        if ("-".equals(stdin) || (stdin == null && !own.terminal())) {
            return own.readAll();
        }
        return stdin == null ? "" : Files.readString(Path.of(stdin), StandardCharsets.UTF_8);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        String input = input();
        RunResult result;
        try (Pool pool = main.openPool()) {
            Program program = sourceOptions.read(paths, pool);
            result = pool.run(program.runRequest(null).withStdin(input));
        }
        if (result.compile() != null && result.compile().verdict() != null
                && result.compile().verdict() != Verdict.OK) {
            err.print(result.compile().stderr());
            err.print(result.compile().stdout());
        }
        TestResult test = result.tests().isEmpty() ? null : result.tests().get(0);
        if (test != null) {
            out.print(test.stdout());
            out.flush();
            err.print(test.stderr());
        }
        StringBuilder summary = new StringBuilder("[").append(result.verdict());
        if (test != null) {
            if (test.exitCode() != null && test.exitCode() != 0) {
                summary.append(", exit code ").append(test.exitCode());
            }
            if (test.signal() != null) {
                summary.append(", ").append(test.signal());
            }
            summary.append(", ").append(test.timeMs()).append(" ms");
            if (test.outputTruncated()) {
                summary.append(", output truncated");
            }
            if (test.message() != null) {
                summary.append(", ").append(test.message());
            }
        }
        summary.append(", node ").append(result.nodeId()).append("]");
        err.println(summary);
        err.flush();
        return result.verdict() == Verdict.OK || result.verdict() == Verdict.ACCEPTED ? LabJudgeMain.EXIT_OK
                : LabJudgeMain.EXIT_REJECTED;
    }
}
