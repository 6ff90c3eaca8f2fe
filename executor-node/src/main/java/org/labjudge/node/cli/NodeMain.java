package org.labjudge.node.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.labjudge.node.config.NodeConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code executor-node} command (the jar's Main-Class). Errors an admin can fix (a bad option,
 * a bad config) exit with {@value #EXIT_USAGE} and one line on stderr, never a stack trace.
 */
@Command(name = "executor-node", mixinStandardHelpOptions = true, versionProvider = NodeMain.VersionProvider.class,
        description = "LabJudge executor node: runs students' code in sandboxes for the lab's pool.")
public final class NodeMain implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    /** The node could not start or failed while running. */
    public static final int EXIT_FAILURE = 1;
    /** A usage or configuration error. */
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, Runtime.getRuntime()::addShutdownHook,
                new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line as {@link #main} does, its output to {@code out} and {@code err}, and the hook that
     * stops a served node given to {@code shutdownHooks} (the JVM's, or a test's own that plays SIGTERM).
     *
     * @return the exit code
     */
    public static int execute(String[] args, Consumer<Thread> shutdownHooks, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(shutdownHooks);
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command tree: {@code executor-node} and its {@code serve} subcommand. */
    static CommandLine commandLine(Consumer<Thread> shutdownHooks) {
        CommandLine commandLine = new CommandLine(new NodeMain());
        CommandLine serve = new CommandLine(new ServeCommand(shutdownHooks));
        ListenOptions.showDefaultPort(serve, NodeConfig.DEFAULT_PORT);
        commandLine.addSubcommand(serve);
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("executor-node: " + oneLine(e.getMessage())
                    + " (see executor-node --help)");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("executor-node: " + describe(e));
            return EXIT_FAILURE;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("executor-node: missing command: try 'executor-node serve'"
                + " (see executor-node --help)");
        return EXIT_USAGE;
    }

    /** A message fit for one line of stderr. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** An exception as one line: its message, or its type when it has none. */
    static String describe(Throwable e) {
        String message = oneLine(e.getMessage());
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    /** {@code executor-node <version>}. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"executor-node " + NodeVersion.current()};
        }
    }
}
