package org.labjudge.gateway.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.labjudge.app.pool.PoolException;
import org.labjudge.gateway.Gateway;
import org.labjudge.gateway.config.GatewayConfig;
import org.labjudge.gateway.config.GatewayConfigBuilder;
import org.labjudge.node.cli.ListenOptions;
import org.labjudge.node.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code labjudge-gateway serve}: builds the configuration (defaults, then the file, then options), starts the
 * gateway and waits until it stops; SIGTERM drains it. Errors an admin can fix exit 2 with one line on stderr.
 */
@Command(name = "labjudge-gateway", mixinStandardHelpOptions = true, versionProvider = GatewayMain.Version.class,
        description = "LabJudge pool gateway: one URL for a lab's pool, speaking v1, Jobe and Piston.")
public final class GatewayMain implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, Runtime.getRuntime()::addShutdownHook, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true)));
    }

    /** Runs the command line as {@link #main} does, with its collaborators passed in for tests. */
    public static int execute(String[] args, Consumer<Thread> shutdownHooks, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new GatewayMain());
        CommandLine serve = new CommandLine(new Serve(shutdownHooks));
        ListenOptions.showDefaultPort(serve, GatewayConfig.DEFAULT_PORT);
        commandLine.addSubcommand(serve);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, given) -> {
            e.getCommandLine().getErr().println("labjudge-gateway: " + e.getMessage() + " (see labjudge-gateway --help)");
            return EXIT_USAGE;
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("labjudge-gateway: missing command: try 'labjudge-gateway serve'");
        return EXIT_USAGE;
    }

    /** The gateway's version, from the jar manifest ({@code dev} from a classpath). */
    static String version() {
        String version = GatewayMain.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"labjudge-gateway " + version()};
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Run the gateway. Options override the config file.")
    static final class Serve implements Callable<Integer> {
        @Mixin
        ListenOptions listen;

        @Option(names = "--nodes", paramLabel = "PATH|URL", description = "the node list (nodes.json)")
        String nodes;

        @Option(names = "--gateway-id", paramLabel = "ID", description = "name of this gateway (default: host name)")
        String gatewayId;

        @Spec
        CommandSpec spec;

        private final Consumer<Thread> shutdownHooks;

        Serve(Consumer<Thread> shutdownHooks) {
            this.shutdownHooks = shutdownHooks;
        }

        @Override
        public Integer call() {
            GatewayConfig gatewayConfig;
            try {
                gatewayConfig = configuration();
            } catch (ConfigException e) {
                spec.commandLine().getErr().println("labjudge-gateway: " + e.getMessage());
                return EXIT_USAGE;
            }
            Gateway gateway;
            try {
                gateway = Gateway.start(gatewayConfig, version());
            } catch (PoolException | RuntimeException e) {
                spec.commandLine().getErr().println("labjudge-gateway: cannot start: " + e.getMessage());
                return EXIT_FAILURE;
            }
            shutdownHooks.accept(new Thread(gateway::shutdown, "gateway-shutdown"));
            String host = gatewayConfig.bind().contains(":") ? "[" + gatewayConfig.bind() + "]" : gatewayConfig.bind();
            spec.commandLine().getOut().println("labjudge-gateway " + gatewayConfig.gatewayId() + " listening on "
                    + host + ":" + gateway.port());
            spec.commandLine().getOut().flush();
            try {
                gateway.awaitShutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                gateway.shutdown();
                return EXIT_FAILURE;
            }
            return EXIT_OK;
        }

        GatewayConfig configuration() {
            GatewayConfigBuilder builder = listen.config() != null ? GatewayConfig.builder(listen.config())
                    : GatewayConfig.builder();
            Map<String, Object> options = new LinkedHashMap<>(listen.settings());
            options.put("nodes", nodes);
            options.put("gatewayId", gatewayId);
            options.forEach((setting, value) -> {
                if (value != null) {
                    builder.set(setting, value);
                }
            });
            return builder.build();
        }
    }
}
