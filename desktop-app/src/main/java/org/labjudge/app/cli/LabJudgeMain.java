package org.labjudge.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import org.labjudge.app.localnode.ProcessNodeStarter;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.pool.PoolException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code labjudge}: the desktop app's command-line mode, for teachers and scripts. Subcommands share the
 * pool options ({@code --nodes}); each opens the pool, does its work and closes it.
 *
 * <p>Exit codes: 0 success (for {@code judge}: accepted), 1 not accepted / not all graded, 2 bad usage or
 * input (a broken problem package, an unknown file type), 3 no node could be used.
 */
@Command(name = "labjudge", mixinStandardHelpOptions = true, versionProvider = LabJudgeMain.Version.class,
        description = {"Run, judge and grade programs on a LabJudge pool.", "Without a command: opens the editor."},
        subcommands = {NodesCommand.class, RunCommand.class, JudgeCommand.class, GradeCommand.class, PublishCommand.class,
                DemoCommand.class,
                CommandLine.HelpCommand.class})
public final class LabJudgeMain implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_REJECTED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_POOL = 3;

    /** The editor's main class (org.labjudge.app.ui), started when no subcommand is given. */
    static final String EDITOR_LAUNCHER = "org.labjudge.app.ui.Launcher";

    @Option(names = "--nodes", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
            description = "node list (default: $LABJUDGE_NODES, ~/.labjudge/nodes.json, /etc/labjudge/nodes.json,"
                    + " else a local node)")
    String nodes;

    @Option(names = "--deadline", paramLabel = "SECONDS", scope = ScopeType.INHERIT, defaultValue = "120",
            description = "give up on one run after this long, retries included (default: ${DEFAULT-VALUE})")
    int deadlineSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What {@code run} may feed the program; none unless a caller hands it one. */
    private final StandardInput stdin;

    private LabJudgeMain(StandardInput stdin) {
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        System.exit(run(args, StandardInput.ofProcess(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true)));
    }

    /** Runs the command line with these output streams and an empty, non-terminal standard input. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, new StandardInput(InputStream.nullInputStream(), false), out, err);
    }

    /** Runs the command line with these streams; returns the exit code. */
    static int run(String[] args, StandardInput stdin, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new LabJudgeMain(stdin));
        line.setOut(out);
        line.setErr(err);
        // A command's failure is one line: bad input (a UsageException, a broken problem package, an
        // unreadable file) exits 2, a pool no run could use exits 3.
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("labjudge: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof PoolException ? EXIT_POOL : EXIT_USAGE;
        });
        return line.execute(args);
    }

    /** Without a subcommand: the editor, found by name so this package stays free of JavaFX. */
    @Override
    public void run() {
        try {
            Class<?> launcher = Class.forName(EDITOR_LAUNCHER);
            launcher.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            spec.commandLine().usage(spec.commandLine().getOut());
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("cannot start the editor: " + cause.getMessage(), cause);
        }
    }

    /** The command line's standard input. */
    StandardInput stdin() {
        return stdin;
    }

    /** The pool the options describe. */
    Pool openPool() throws PoolException {
        return Pool.start(PoolConfig.defaults().withNodeList(nodes)
                .withRequestDeadline(Duration.ofSeconds(Math.max(1, deadlineSeconds))), new ProcessNodeStarter());
    }

    /** The version from the jar's manifest (a development build has none). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LabJudgeMain.class.getPackage().getImplementationVersion();
            return new String[] {"labjudge " + (version == null ? "development build" : version)};
        }
    }
}
